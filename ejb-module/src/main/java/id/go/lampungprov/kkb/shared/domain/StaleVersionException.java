package id.go.lampungprov.kkb.shared.domain;

/**
 * The client edited an older version than the one stored (its If-Match or version did not match):
 * answered 412 so it reloads before overwriting someone else's change.
 */
public class StaleVersionException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public StaleVersionException(String message) {
    super(message);
  }
}
