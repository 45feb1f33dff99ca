package id.go.lampungprov.kkb.shared.domain;

/** The request is valid on its own but clashes with data that exists, e.g. a duplicate name. */
public class ConflictException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
