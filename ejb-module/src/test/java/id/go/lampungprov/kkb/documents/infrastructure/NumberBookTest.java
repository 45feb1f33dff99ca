package id.go.lampungprov.kkb.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.platform.persistence.SchemaMigrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The number book on the real schema (H2 as the server uses it), each step its own transaction. */
class NumberBookTest {

  private static final String ISSUER = "DPPPA";
  private static final int YEAR = 2026;

  @TempDir Path dataDir;
  private DataSource db;

  @BeforeEach
  void schema() throws SQLException {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    // As the server opens it (DatabaseSettings): PostgreSQL mode, waiting for row locks.
    h2.setURL(
        "jdbc:h2:file:" + dataDir.resolve("kampung-kb") + ";MODE=PostgreSQL;LOCK_TIMEOUT=30000");
    h2.setUser("sa");
    db = h2;
    new SchemaMigrations(db).migrate();
    run(
        sql ->
            sql.update(
                "INSERT INTO document_counter (issuer_code, counter_year, last_value)"
                    + " VALUES (?, ?, 0)",
                ISSUER,
                YEAR));
  }

  @Test
  void aNumberGivenBackIsTheNextOneTakenSoArchivedNumbersHaveNoGap() throws SQLException {
    Instant now = Instant.parse("2026-12-04T10:00:00Z");
    NumberBook.Reservation one = reserve("a", now);
    NumberBook.Reservation two = reserve("b", now);
    NumberBook.Reservation three = reserve("c", now);
    assertEquals(List.of(1L, 2L, 3L), List.of(one.seq(), two.seq(), three.seq()));
    consume(one);
    run(sql -> new NumberBook(sql).release(two)); // rendering or signing failed
    consume(three);
    NumberBook.Reservation again = reserve("d", now);
    assertEquals(2, again.seq(), "the number given back, not 4");
    consume(again);
    assertEquals(4, reserve("e", now).seq());
  }

  @Test
  void anAbandonedReservationIsTakenAgainAndItsFirstHolderCanNoLongerArchive() throws SQLException {
    Instant now = Instant.parse("2026-12-04T10:00:00Z");
    NumberBook.Reservation lost = reserve("crashed", now);
    assertEquals(2, reserve("fresh", now.plusSeconds(60)).seq(), "in flight, not abandoned");
    NumberBook.Reservation taken = reserve("later", now.plus(NumberBook.ABANDONED).plusSeconds(1));
    assertEquals(lost.seq(), taken.seq());
    assertThrows(IllegalStateException.class, () -> consume(lost));
    consume(taken);
  }

  @Test
  void concurrentIssuesWithFailuresEndWithDistinctGaplessNumbers() throws Exception {
    int issues = 64;
    AtomicInteger attempt = new AtomicInteger();
    List<Long> archived = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      done.add(
          pool.submit(
              () -> {
                while (true) {
                  int n = attempt.incrementAndGet();
                  NumberBook.Reservation r = reserve("issue-" + n, Instant.now());
                  if (n % 5 == 0) { // every fifth attempt fails after taking its number
                    run(sql -> new NumberBook(sql).release(r));
                    continue;
                  }
                  consume(r);
                  archived.add(r.seq());
                  return null;
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    List<Long> sorted = archived.stream().sorted().toList();
    assertEquals(issues, sorted.stream().distinct().count(), "distinct: " + sorted);
    assertEquals(1, sorted.get(0));
    assertEquals(issues, sorted.get(issues - 1), "gapless: " + sorted);
    assertTrue(
        inTransaction(
                    sql ->
                        sql.number(
                            "SELECT COUNT(*) FROM document_number_reservation WHERE released = FALSE"))
                .orElseThrow()
                .longValue()
            == 0,
        "nothing left in flight");
  }

  private NumberBook.Reservation reserve(String holder, Instant now) throws SQLException {
    return inTransaction(sql -> new NumberBook(sql).reserve(ISSUER, YEAR, holder, now));
  }

  /** Archiving: the reservation ends in the transaction that would store the document. */
  private void consume(NumberBook.Reservation r) throws SQLException {
    run(sql -> new NumberBook(sql).consume(r));
  }

  private interface Work<T> {
    T in(NumberBook.Statements sql);
  }

  private <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.in(new Jdbc(c));
        c.commit();
        return result;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private void run(java.util.function.Consumer<NumberBook.Statements> work) throws SQLException {
    inTransaction(
        (Work<Void>)
            sql -> {
              work.accept(sql);
              return null;
            });
  }

  private record Jdbc(Connection c) implements NumberBook.Statements {

    @Override
    public int update(String sql, Object... parameters) {
      try (PreparedStatement s = prepare(sql, parameters)) {
        return s.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Optional<Number> number(String sql, Object... parameters) {
      try (PreparedStatement s = prepare(sql, parameters);
          ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable((Number) rs.getObject(1)) : Optional.empty();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
      PreparedStatement s = c.prepareStatement(sql);
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s;
    }
  }
}
