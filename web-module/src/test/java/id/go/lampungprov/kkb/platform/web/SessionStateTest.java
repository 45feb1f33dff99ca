package id.go.lampungprov.kkb.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.go.lampungprov.kkb.coaching.web.EventFormBacking;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Staff sessions are replicated between instances (web.xml {@code <distributable/>}), and the Faces
 * view state with every view-scoped bean lives in the session. So whatever a session holds must
 * survive Java serialization on one instance and deserialization on another: the beans, what the
 * login puts there, and every object reached through their fields.
 */
class SessionStateTest {

  private static final String OURS = "id.go.lampungprov.kkb";

  private static final List<Class<? extends Annotation>> SESSION_SCOPES =
      List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);

  /** Put into the HttpSession directly (login, password change), not as beans. */
  static final List<String> SESSION_ATTRIBUTES =
      List.of("id.go.lampungprov.kkb.security.web.SessionUser");

  /** Container proxies: serializable whatever the bean behind them is. */
  private static final List<Class<? extends Annotation>> INJECTED =
      List.of(Inject.class, EJB.class, Resource.class);

  /**
   * Field types that are interfaces but always hold serializable JDK collections here (ArrayList,
   * HashMap, List.of, Stream.toList); their type arguments are still checked.
   */
  private static final Set<Class<?>> COLLECTIONS =
      Set.of(List.class, Map.class, Set.class, Collection.class);

  /** Importing the classes takes seconds: once for all tests. */
  private static List<Class<?>> found;

  static synchronized List<Class<?>> sessionBeans() {
    if (found != null) {
      return found;
    }
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(OURS)) {
      Class<?> type = c.reflect();
      if (Arrays.stream(type.getAnnotations()).anyMatch(SessionStateTest::sessionLike)) {
        beans.add(type);
      }
    }
    found = List.copyOf(beans);
    return found;
  }

  /** One of the four, or any other scope that CDI passivates (it stores its beans likewise). */
  private static boolean sessionLike(Annotation a) {
    NormalScope scope = a.annotationType().getAnnotation(NormalScope.class);
    return SESSION_SCOPES.contains(a.annotationType()) || (scope != null && scope.passivating());
  }

  private static List<Class<?>> sessionRoots() throws ClassNotFoundException {
    List<Class<?>> roots = new ArrayList<>(sessionBeans());
    for (String name : SESSION_ATTRIBUTES) {
      roots.add(Class.forName(name));
    }
    return roots;
  }

  @Test
  void findsTheSessionAndViewScopedBeans() {
    List<Class<?>> beans = sessionBeans();
    assertTrue(beans.contains(EventFormBacking.class), beans::toString);
    assertTrue(beans.contains(LocaleBacking.class), beans::toString);
    assertTrue(beans.size() >= 20, () -> "only " + beans);
  }

  @Test
  void everythingKeptInTheSessionIsSerializable() throws ClassNotFoundException {
    List<String> problems = new ArrayList<>();
    for (Class<?> root : sessionRoots()) {
      if (!Serializable.class.isAssignableFrom(root)) {
        problems.add(root.getName() + " is not Serializable");
      }
      walk(root, root.getSimpleName(), new HashSet<>(), problems);
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", new TreeSet<>(problems)));
  }

  /**
   * CDI does not inject again after deserialization: a transient injected field would be null on
   * the instance that takes the session over. Non-transient, it holds a serializable proxy.
   */
  @Test
  void injectedFieldsSurviveAFailover() {
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : sessionBeans()) {
      for (Class<?> k = bean; k != null && ours(k); k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (!injected(f)) {
            continue;
          }
          if (Modifier.isTransient(f.getModifiers())) {
            problems.add(k.getSimpleName() + "." + f.getName() + " is injected and transient");
          }
          if (!normalScoped(f.getType()) && !Serializable.class.isAssignableFrom(f.getType())) {
            problems.add(
                k.getSimpleName() + "." + f.getName() + " injects a bean without a client proxy");
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /** The instance fields of an own class, its own superclasses' included. */
  private static void walk(
      Class<?> type, String path, Set<Class<?>> walked, List<String> problems) {
    if (!walked.add(type)) {
      return;
    }
    for (Class<?> k = type; k != null && ours(k); k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic() || injected(f)) {
          continue;
        }
        check(f.getGenericType(), path + "." + f.getName(), walked, problems);
      }
    }
  }

  private static void check(Type type, String path, Set<Class<?>> walked, List<String> problems) {
    if (type instanceof Class<?> c) {
      if (c.isPrimitive()) {
        return;
      }
      if (c.isArray()) {
        check(c.getComponentType(), path + "[]", walked, problems);
        return;
      }
      if (!COLLECTIONS.contains(c) && !Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
      }
      if (ours(c) && !c.isEnum()) { // an enum travels as its name
        walk(c, c.getSimpleName(), walked, problems);
      }
    } else if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, walked, problems);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path + "<>", walked, problems);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, walked, problems);
      }
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path + "[]", walked, problems);
    } else if (!(type instanceof TypeVariable<?>)) {
      // A type variable is checked where it is bound: PageModel<AuditEntryDto, ...> above.
      problems.add(path + ": unexpected type " + type);
    }
  }

  private static boolean ours(Class<?> c) {
    return c.getName().startsWith(OURS + ".");
  }

  private static boolean injected(Field f) {
    return INJECTED.stream().anyMatch(f::isAnnotationPresent);
  }

  private static boolean normalScoped(Class<?> c) {
    return Arrays.stream(c.getAnnotations())
        .anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class));
  }
}
