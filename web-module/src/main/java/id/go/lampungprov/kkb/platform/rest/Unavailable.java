package id.go.lampungprov.kkb.platform.rest;

import id.go.lampungprov.kkb.reports.signing.TimestampUnavailableException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The 503 answers of {@link Problems}: something the request needs outside the application is down,
 * nothing was completed, and the client may retry after the time given.
 */
final class Unavailable {

  private static final Logger LOG = Logger.getLogger(Unavailable.class.getName());

  private Unavailable() {}

  /**
   * @param thrown as caught
   * @param cause what {@link Problems#unwrap} found inside it
   */
  static Optional<Response> of(Throwable thrown, Throwable cause) {
    if (cause instanceof TimestampUnavailableException e) {
      // KKB_TSA_URL is set and its authority gave no valid token: nothing was signed or
      // archived, and the document's number was given back (DocumentService.issue).
      LOG.log(Level.WARNING, "Time-stamping authority unavailable: {0}", e.getMessage());
      return Optional.of(
          answer(
              "tsa-unavailable",
              "Time-stamping authority unavailable",
              "The document was not issued: the configured time-stamping authority (KKB_TSA_URL)"
                  + " did not give a valid timestamp ("
                  + e.getMessage()
                  + "). Its number was given back; try again later.",
              30));
    }
    if (DatabaseFailures.isUnavailable(thrown)) {
      // A database restart or network cut: the transaction did not complete.
      LOG.log(Level.WARNING, "Database unavailable: {0}", String.valueOf(thrown));
      return Optional.of(
          answer(
              "database-unavailable",
              "Service unavailable",
              "The database cannot be reached at the moment; the request was not completed."
                  + " Try again shortly (a change sent just now may need to be checked first).",
              5));
    }
    return Optional.empty();
  }

  private static Response answer(String type, String title, String detail, int retryAfter) {
    return Response.fromResponse(Problems.respond(Problems.problem(503, type, title, detail, null)))
        .header("Retry-After", String.valueOf(retryAfter))
        .build();
  }
}
