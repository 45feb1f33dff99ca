package id.go.lampungprov.kkb.reports.signing;

/**
 * The configured time-stamping authority did not give a valid token: unreachable, too slow, an
 * error status, or an answer that does not match the request. A document is then not issued (an
 * official document that should carry a timestamp is not issued without one).
 */
public class TimestampUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TimestampUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public TimestampUnavailableException(String message) {
    super(message);
  }
}
