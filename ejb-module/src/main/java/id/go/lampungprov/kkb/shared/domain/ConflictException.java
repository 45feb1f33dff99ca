package id.go.lampungprov.kkb.shared.domain;

/** The request is valid on its own but clashes with data that exists, e.g. a duplicate name. */
public class ConflictException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  public ConflictException(String field, String message) {
    this(field, "unique", message);
  }

  /** A clash with the record's state rather than a duplicate, e.g. rule {@code frozen}. */
  public ConflictException(String field, String rule, String message) {
    super(message);
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
