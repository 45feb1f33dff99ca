package id.go.lampungprov.kkb.shared.domain;

/** The caller may see the record but not change it (a write outside the caller's role or scope). */
public class AccessDeniedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
