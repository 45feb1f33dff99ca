package id.go.lampungprov.kkb.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets a page bind to the public fields of our request objects ({@code
 * #{accountsBacking.account.fullName}} with {@code public String fullName}), so a form fills the
 * very request the facade takes instead of a parallel set of bean properties copied into it. Only
 * classes of this application and only public instance fields; everything else falls through to the
 * standard resolvers (registered in faces-config.xml).
 */
public class PublicFieldELResolver extends ELResolver {

  private static final String OURS = "id.go.lampungprov.kkb.";

  /** Public instance fields by name, looked up once per class (pages resolve many properties). */
  private static final ClassValue<Map<String, Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
          Map<String, Field> found = new HashMap<>();
          if (type.getName().startsWith(OURS)) {
            for (Field field : type.getFields()) {
              if (!Modifier.isStatic(field.getModifiers())) {
                found.put(field.getName(), field);
              }
            }
          }
          return Map.copyOf(found);
        }
      };

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Field field = resolve(context, base, property);
    try {
      return field == null ? null : field.get(base);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Field field = resolve(context, base, property);
    return field == null ? null : field.getType();
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    Field field = resolve(context, base, property);
    if (field == null) {
      return;
    }
    if (Modifier.isFinal(field.getModifiers())) {
      throw new PropertyNotWritableException(property + " of " + base.getClass().getName());
    }
    try {
      field.set(base, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    Field field = resolve(context, base, property);
    return field != null && Modifier.isFinal(field.getModifiers());
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? null : Object.class;
  }

  /** The public field the property names, marking the property resolved; null if none. */
  private static Field resolve(ELContext context, Object base, Object property) {
    if (base == null || !(property instanceof String name)) {
      return null;
    }
    Field field = FIELDS.get(base.getClass()).get(name);
    if (field != null) {
      context.setPropertyResolved(base, property);
    }
    return field;
  }
}
