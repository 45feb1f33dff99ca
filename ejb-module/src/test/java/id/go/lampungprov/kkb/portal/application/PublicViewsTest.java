package id.go.lampungprov.kkb.portal.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public views can carry no personal data: no field may be named like one, and every field is a
 * JDK type or another public view, so no entity or staff transfer object (whose fields may grow)
 * can be put into a public answer.
 */
class PublicViewsTest {

  /** Names of fields that would carry a person's data. */
  private static final Pattern PERSONAL =
      Pattern.compile(
          "(?i).*(nik|phone|hp|fullname|person|participantname|membername|cadrename|holder|pkb|nip|signer|email"
              + "|address|username|birth|sex|caption|description|outcome).*");

  @Test
  void noViewHasAFieldNamedLikePersonalData() {
    List<String> offending = new ArrayList<>();
    for (Class<?> view : PublicViews.class.getDeclaredClasses()) {
      assertTrue(view.isRecord(), view + " is a record");
      for (RecordComponent c : view.getRecordComponents()) {
        if (PERSONAL.matcher(c.getName()).matches()) {
          offending.add(view.getSimpleName() + "." + c.getName());
        }
      }
    }
    assertTrue(offending.isEmpty(), "fields named like personal data: " + offending);
  }

  @Test
  void everyFieldIsAJdkTypeOrAPublicView() {
    List<String> offending = new ArrayList<>();
    for (Class<?> view : PublicViews.class.getDeclaredClasses()) {
      for (RecordComponent c : view.getRecordComponents()) {
        if (!allowed(c.getGenericType())) {
          offending.add(view.getSimpleName() + "." + c.getName() + ": " + c.getGenericType());
        }
      }
    }
    assertTrue(offending.isEmpty(), "fields of non-public types: " + offending);
  }

  private static boolean allowed(Type t) {
    if (t instanceof ParameterizedType p) {
      if (!allowed(p.getRawType())) {
        return false;
      }
      for (Type a : p.getActualTypeArguments()) {
        if (!allowed(a)) {
          return false;
        }
      }
      return true;
    }
    if (t instanceof Class<?> c) {
      return c.isPrimitive()
          || c.getName().startsWith("java.")
          || c.getEnclosingClass() == PublicViews.class;
    }
    return false;
  }
}
