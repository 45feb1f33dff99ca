package id.go.lampungprov.kkb.shared.domain;

/**
 * A change to a stored record came without the version it was based on (no If-Match): answered 428
 * (rule {@code if-match-required}), so no client overwrites a change it never saw.
 */
public class PreconditionRequiredException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public PreconditionRequiredException(String message) {
    super(message);
  }
}
