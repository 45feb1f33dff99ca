package id.go.lampungprov.kkb.audit.infrastructure;

import id.go.lampungprov.kkb.audit.domain.AuditContext;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.platform.cluster.DataVersion;
import id.go.lampungprov.kkb.platform.persistence.ApplicationDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Inserts with JDBC on the application's JTA data source: inside a container transaction the
 * connection joins it, so the entry commits or rolls back with the change. JPA is not used for
 * writing because entity callbacks may not touch the persistence context.
 *
 * <p>An entry about a change of data also moves the {@link DataVersion} when the transaction
 * commits: every change of an audited entity passes here, so answers keyed by that version (the
 * recap's ETag) never outlive the data they show. Logins, logouts and reads change no data.
 */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private DataVersion dataVersion;

  @Override
  public void append(AuditRecord record) {
    append(record, AuditContext.actor());
  }

  @Override
  public void append(AuditRecord record, String actor) {
    try (Connection c = ApplicationDataSource.get().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id,"
                    + " old_value, new_value, client_address, detail, region_code)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
      ps.setString(2, truncate(actor, 50));
      ps.setString(3, record.action().name());
      ps.setString(4, truncate(record.entityType(), 60));
      ps.setString(5, truncate(record.entityId(), 60));
      ps.setString(6, json(record.oldValues()));
      ps.setString(7, json(record.newValues()));
      ps.setString(8, truncate(AuditContext.clientAddress(), 64));
      ps.setString(9, truncate(record.detail(), 500));
      ps.setString(10, record.region());
      ps.executeUpdate();
      if (record.action().changesData()) {
        dataVersion.changed();
      }
    } catch (SQLException e) {
      // Failing the business transaction is right: a change that cannot be audited must not happen.
      throw new IllegalStateException("cannot write the audit trail", e);
    }
  }

  private static String json(Map<String, String> values) {
    return values == null ? null : JSON.toJson(values);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
