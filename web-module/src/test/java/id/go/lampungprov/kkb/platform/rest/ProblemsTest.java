package id.go.lampungprov.kkb.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void aLostDatabaseConnectionIsUnavailableNotAnInternalError() {
    Throwable restart =
        new PersistenceException(
            "query failed", new SQLException("terminating connection", "57P01"));
    assertTrue(Problems.isDatabaseUnavailable(restart));
    assertTrue(Problems.isDatabaseUnavailable(new SQLException("refused", "08001")));
    assertEquals(503, Problems.of(restart).getStatus());
    assertEquals("5", Problems.of(restart).getHeaderString("Retry-After"));
  }

  @Test
  void otherDatabaseErrorsStayInternal() {
    assertFalse(Problems.isDatabaseUnavailable(new SQLException("syntax", "42601")));
    assertFalse(Problems.isDatabaseUnavailable(new IllegalStateException("bug")));
  }
}
