package id.go.lampungprov.kkb.platform.health;

import id.go.lampungprov.kkb.platform.persistence.DatabaseMigrator;
import id.go.lampungprov.kkb.platform.persistence.MigrationStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every migration the build knows has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @EJB private DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    try {
      MigrationStatus status = migrator.status();
      return response
          .status(status.upToDate())
          .withData("database", status.database())
          .withData("schemaVersion", String.valueOf(status.schemaVersion()))
          .withData("pendingMigrations", status.pending())
          .withData("failedMigrations", status.failed())
          .build();
    } catch (RuntimeException e) {
      // The cause class is enough for an operator; the message may hold connection details.
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
