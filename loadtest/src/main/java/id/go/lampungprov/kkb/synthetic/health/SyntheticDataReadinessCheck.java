package id.go.lampungprov.kkb.synthetic.health;

import id.go.lampungprov.kkb.synthetic.application.SyntheticProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while requested synthetic data is still loading in the background (or failed half-way):
 * a benchmark started on a partial load would measure the wrong thing. Without {@code
 * KKB_SYNTHETIC_DATA} it is always up.
 */
@Readiness
@ApplicationScoped
public class SyntheticDataReadinessCheck implements HealthCheck {

  @Inject private SyntheticProgress progress;

  @Override
  public HealthCheckResponse call() {
    SyntheticProgress.State state = progress.state();
    return HealthCheckResponse.named("synthetic-data")
        .status(state != SyntheticProgress.State.LOADING && state != SyntheticProgress.State.FAILED)
        .withData("state", state.name())
        .withData("kampungKbWritten", progress.kampungKbWritten())
        .withData("kampungKbPlanned", progress.kampungKbPlanned())
        .build();
  }
}
