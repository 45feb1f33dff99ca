package id.go.lampungprov.kkb.synthetic.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the synthetic load stands, for the log and the readiness check: a load runs in the
 * background after start-up, so the server is up before the data is complete.
 */
@ApplicationScoped
public class SyntheticProgress {

  /** Not requested, loading, loaded, refused (precondition unmet) or failed. */
  public enum State {
    NONE,
    LOADING,
    LOADED,
    REFUSED,
    FAILED
  }

  private volatile State state = State.NONE;
  private volatile long kampungKbWritten;
  private volatile long kampungKbPlanned;

  public State state() {
    return state;
  }

  public long kampungKbWritten() {
    return kampungKbWritten;
  }

  public long kampungKbPlanned() {
    return kampungKbPlanned;
  }

  void loading(long planned) {
    kampungKbPlanned = planned;
    kampungKbWritten = 0;
    state = State.LOADING;
  }

  void written(long kampungKb) {
    kampungKbWritten = kampungKb;
  }

  void finished(State end) {
    state = end;
  }
}
