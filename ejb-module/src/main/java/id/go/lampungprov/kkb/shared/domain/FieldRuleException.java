package id.go.lampungprov.kkb.shared.domain;

/**
 * A refusal that names the field and the rule it broke, so the caller can show the rule beside the
 * field ({@code rule.<field>.<rule>}).
 */
public abstract class FieldRuleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  protected FieldRuleException(String field, String rule, String message) {
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
