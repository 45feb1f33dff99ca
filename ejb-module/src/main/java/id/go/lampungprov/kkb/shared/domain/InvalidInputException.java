package id.go.lampungprov.kkb.shared.domain;

/**
 * Input that can never be valid, whatever the state of the data: the field and the rule it broke
 * are named so the caller can fix the request.
 */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  public InvalidInputException(String field, String rule, String message) {
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
