package id.go.lampungprov.kkb.shared.domain;

/** The request is valid on its own but clashes with data that exists, e.g. a duplicate name. */
public class ConflictException extends FieldRuleException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String field, String message) {
    this(field, "unique", message);
  }

  /** A clash with the record's state rather than a duplicate, e.g. rule {@code frozen}. */
  public ConflictException(String field, String rule, String message) {
    super(field, rule, message);
  }
}
