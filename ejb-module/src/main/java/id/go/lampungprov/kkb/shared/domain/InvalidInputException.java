package id.go.lampungprov.kkb.shared.domain;

/**
 * Input that can never be valid, whatever the state of the data: the field and the rule it broke
 * are named so the caller can fix the request.
 */
public class InvalidInputException extends FieldRuleException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String field, String rule, String message) {
    super(field, rule, message);
  }
}
