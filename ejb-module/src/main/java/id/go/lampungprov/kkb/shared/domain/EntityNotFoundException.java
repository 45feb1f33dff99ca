package id.go.lampungprov.kkb.shared.domain;

/** Thrown by {@code get…} methods when nothing exists (or nothing is visible) under that key. */
public class EntityNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String key;

  public EntityNotFoundException(String entity, String key) {
    super(entity + " '" + key + "' not found");
    this.entity = entity;
    this.key = key;
  }

  public String entity() {
    return entity;
  }

  public String key() {
    return key;
  }
}
