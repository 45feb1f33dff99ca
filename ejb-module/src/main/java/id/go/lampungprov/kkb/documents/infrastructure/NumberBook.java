package id.go.lampungprov.kkb.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The numbers of an issuer's year, taken without holding the counter's lock while a document is
 * rendered and signed.
 *
 * <p>{@link #reserve} runs in a short transaction of its own: it locks the year's counter row,
 * takes the lowest number given back (released, or abandoned for {@link #ABANDONED}) or else the
 * next one, writes a reservation in the holder's name and commits, which frees the counter for the
 * next issue. The document is then rendered and signed outside any lock. {@link #consume} deletes
 * the reservation in the transaction that archives the document, so a document and the end of its
 * reservation commit together. An issue that fails after taking its number {@link #release}s it;
 * the next issue of the issuer and year takes it. So every number up to the counter is on an
 * archived document, in flight, or waiting for the next issue: the archived numbers have no gap
 * that the next issue of the year does not fill. A server that dies mid-issue leaves its
 * reservation unreleased; after {@link #ABANDONED} it is taken like a released one.
 */
@ApplicationScoped
public class NumberBook {

  /**
   * After how long a reservation whose issue never ended counts as abandoned: far beyond rendering
   * and signing the largest issued document (seconds).
   */
  public static final Duration ABANDONED = Duration.ofMinutes(15);

  /** A number taken for one issue. */
  public record Reservation(String issuerCode, int year, long seq, String holder) {}

  /** The statements the book runs: on the container's entity manager, or on JDBC in tests. */
  public interface Statements {
    int update(String sql, Object... parameters);

    /** The first column of the first row, if any and not null. */
    Optional<Number> number(String sql, Object... parameters);
  }

  @PersistenceContext private EntityManager em;
  private final Statements given;

  /** For the container: statements on its entity manager. */
  protected NumberBook() {
    this.given = null;
  }

  public NumberBook(Statements statements) {
    this.given = statements;
  }

  /**
   * Takes a number in the caller's transaction, which must be short: the counter row stays locked
   * until it ends. The year's counter must exist.
   *
   * @param holder who takes it, e.g. the public id of the document to be
   */
  public Reservation reserve(String issuerCode, int year, String holder, Instant now) {
    Statements sql = sql();
    // An update that changes nothing, to lock the row on the transaction's own connection.
    if (sql.update(
            "UPDATE document_counter SET last_value = last_value"
                + " WHERE issuer_code = ? AND counter_year = ?",
            issuerCode,
            year)
        != 1) {
      throw new IllegalStateException("no counter " + issuerCode + " " + year);
    }
    long last =
        sql.number(
                "SELECT last_value FROM document_counter WHERE issuer_code = ? AND counter_year = ?",
                issuerCode,
                year)
            .orElseThrow()
            .longValue();
    Timestamp taken = Timestamp.from(now);
    Optional<Number> back =
        sql.number(
            "SELECT MIN(seq) FROM document_number_reservation WHERE issuer_code = ?"
                + " AND counter_year = ? AND (released = TRUE OR taken_at < ?)",
            issuerCode,
            year,
            Timestamp.from(now.minus(ABANDONED)));
    if (back.isPresent()
        && sql.update(
                "UPDATE document_number_reservation SET holder = ?, taken_at = ?, released = FALSE"
                    + " WHERE issuer_code = ? AND counter_year = ? AND seq = ?",
                holder,
                taken,
                issuerCode,
                year,
                back.get().longValue())
            == 1) {
      return new Reservation(issuerCode, year, back.get().longValue(), holder);
    }
    long seq = last + 1;
    sql.update(
        "UPDATE document_counter SET last_value = ? WHERE issuer_code = ? AND counter_year = ?",
        seq,
        issuerCode,
        year);
    sql.update(
        "INSERT INTO document_number_reservation"
            + " (issuer_code, counter_year, seq, holder, taken_at, released)"
            + " VALUES (?, ?, ?, ?, ?, FALSE)",
        issuerCode,
        year,
        seq,
        holder,
        taken);
    return new Reservation(issuerCode, year, seq, holder);
  }

  /**
   * Ends the reservation as used, in the transaction that archives its document.
   *
   * @throws IllegalStateException if the reservation is no longer the holder's (taken over as
   *     abandoned): the document must not be archived
   */
  public void consume(Reservation r) {
    int deleted =
        sql()
            .update(
                "DELETE FROM document_number_reservation WHERE issuer_code = ?"
                    + " AND counter_year = ? AND seq = ? AND holder = ? AND released = FALSE",
                r.issuerCode(),
                r.year(),
                r.seq(),
                r.holder());
    if (deleted != 1) {
      throw new IllegalStateException(
          "number " + r.seq() + " of " + r.issuerCode() + " " + r.year() + " is no longer held");
    }
  }

  /** Gives a number back for the next issue of the issuer and year; nothing if not held. */
  public void release(Reservation r) {
    sql()
        .update(
            "UPDATE document_number_reservation SET released = TRUE WHERE issuer_code = ?"
                + " AND counter_year = ? AND seq = ? AND holder = ?",
            r.issuerCode(),
            r.year(),
            r.seq(),
            r.holder());
  }

  private Statements sql() {
    return given != null ? given : new JpaStatements(em);
  }

  /** Native statements with positional parameters on an entity manager. */
  private record JpaStatements(EntityManager em) implements Statements {

    @Override
    public int update(String sql, Object... parameters) {
      return bind(em.createNativeQuery(sql), parameters).executeUpdate();
    }

    @Override
    public Optional<Number> number(String sql, Object... parameters) {
      List<?> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
      return rows.isEmpty() ? Optional.empty() : Optional.ofNullable((Number) rows.get(0));
    }

    private static jakarta.persistence.Query bind(
        jakarta.persistence.Query q, Object... parameters) {
      for (int i = 0; i < parameters.length; i++) {
        q.setParameter(i + 1, parameters[i]);
      }
      return q;
    }
  }
}
