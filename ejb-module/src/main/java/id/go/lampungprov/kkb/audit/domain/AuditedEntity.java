package id.go.lampungprov.kkb.audit.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity whose creation, changes and removal are written to the audit trail by a JPA listener,
 * with the old and new values of the fields it names in {@link #auditState()}.
 */
@MappedSuperclass
@EntityListeners(id.go.lampungprov.kkb.audit.infrastructure.AuditListener.class)
public abstract class AuditedEntity {

  /** Each entity class's {@code @Id} field, found once. */
  private static final ClassValue<Field> ID_FIELD =
      new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
              if (field.isAnnotationPresent(Id.class)) {
                field.setAccessible(true);
                return field;
              }
            }
          }
          throw new IllegalStateException(type.getName() + " has no @Id field");
        }
      };

  @Transient private transient Map<String, String> auditSnapshot;

  /**
   * The record type as officials would name it, e.g. {@code Account}: by default the entity's class
   * name.
   */
  public String auditType() {
    return getClass().getSimpleName();
  }

  /**
   * The record's key in its entries: by default its {@code @Id}, null before it is written. A
   * record known by something else before it has an id (an account by its username) overrides this.
   */
  public String auditId() {
    try {
      Object id = ID_FIELD.get(getClass()).get(this);
      return id == null ? null : String.valueOf(id);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the @Id field was made accessible", e);
    }
  }

  /**
   * The region this record is about, which decides who sees its audit entries (a reader sees their
   * scope and below). Null for a record about no region (e.g. the list of agencies): only
   * province-scoped staff see those.
   */
  public abstract RegionCode auditRegion();

  /**
   * The region of an update, given the audited state before it. By default the region now; a record
   * whose region itself can change overrides this so the entry is not shown to someone who could
   * not see the record before.
   */
  public RegionCode auditRegionOfChange(Map<String, String> before) {
    return auditRegion();
  }

  /**
   * The fields worth auditing and their values. Never a secret; personal data only masked. Counters
   * that change on every use (e.g. failed logins) stay out, or every use would look like an edit.
   */
  protected abstract Map<String, Object> auditState();

  /**
   * Starts the map {@link #auditState()} answers with its first field; the others follow with
   * {@link AuditFields#and}, in the order the entries show them.
   */
  protected static AuditFields auditFields(String field, Object value) {
    return new AuditFields().and(field, value);
  }

  /** The region a region code names, or null for a record about no region. */
  protected static RegionCode regionOf(String code) {
    return code == null ? null : RegionCode.of(code);
  }

  /** The audited fields of a record, in the order named, written as a chain of {@link #and}. */
  protected static final class AuditFields extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    public AuditFields and(String field, Object value) {
      put(field, value);
      return this;
    }

    /** Adds fields a part of the record names, e.g. its attachment's. */
    public AuditFields andAll(Map<String, Object> fields) {
      putAll(fields);
      return this;
    }
  }

  /** The audited fields as printable strings, in a stable order. */
  public final Map<String, String> currentAuditState() {
    Map<String, String> printable = new LinkedHashMap<>();
    auditState().forEach((k, v) -> printable.put(k, v == null ? null : String.valueOf(v)));
    return printable;
  }

  /** Remembers the state as loaded or last written, to diff the next change against. */
  public final void rememberAuditState() {
    auditSnapshot = currentAuditState();
  }

  /** The remembered state, or null for an entity not loaded from the database. */
  public final Map<String, String> rememberedAuditState() {
    return auditSnapshot;
  }
}
