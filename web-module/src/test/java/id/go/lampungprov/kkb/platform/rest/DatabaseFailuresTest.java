package id.go.lampungprov.kkb.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void aLostDatabaseConnectionIsUnavailable() {
    assertTrue(
        DatabaseFailures.isUnavailable(
            new PersistenceException(
                "query failed", new SQLException("terminating connection", "57P01"))));
    assertTrue(DatabaseFailures.isUnavailable(new SQLException("refused", "08001")));
    assertTrue(
        DatabaseFailures.isUnavailable(
            new RuntimeException(new java.sql.SQLTransientConnectionException("pool"))));
    assertTrue(
        DatabaseFailures.isUnavailable(
            new jakarta.ejb.EJBException(new jakarta.transaction.SystemException("commit"))));
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertFalse(DatabaseFailures.isUnavailable(new SQLException("syntax", "42601")));
    assertFalse(DatabaseFailures.isUnavailable(new SQLException("duplicate", "23505")));
    assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("bug")));
  }
}
