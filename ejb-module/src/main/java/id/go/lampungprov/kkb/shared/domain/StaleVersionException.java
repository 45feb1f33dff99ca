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

  /**
   * Refuses a change unless the client's version is the stored one; a client that sent none
   * overwrites (the REST layer demands If-Match before it gets here).
   *
   * @param what the record as the message names it, e.g. {@code "agency 12"}
   */
  public static void check(Long expected, long actual, String what) {
    if (expected != null && expected != actual) {
      throw new StaleVersionException(what + " changed since it was read");
    }
  }

  /** As {@link #check}, the message naming both versions. */
  public static void checkAt(Long expected, long actual, String what) {
    if (expected != null && expected != actual) {
      throw new StaleVersionException(what + " is at version " + actual + ", not " + expected);
    }
  }
}
