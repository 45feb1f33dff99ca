package id.go.lampungprov.kkb.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.HttpMethod;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production modules' security rules hold here too (their ArchUnit tests see only their own
 * classes): every public EJB method says who may call it, and every endpoint of the load-test EAR
 * is for administrators alone, as the benchmark endpoint was in the production EAR.
 */
class LoadTestSecurityTest {

  /** This module's classes only, not the production classes on the class path. */
  private static final JavaClasses LOADTEST =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void everyEnterpriseBeanMethodDeclaresWhoMayCallIt() {
    List<JavaMethod> methods =
        LOADTEST.stream()
            .filter(c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class))
            .flatMap(c -> c.getMethods().stream())
            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
            .toList();
    assertFalse(methods.isEmpty(), "no enterprise bean found in " + LOADTEST.size() + " classes");
    assertEquals(
        List.of(),
        names(
            methods.stream()
                .filter(
                    m ->
                        Stream.of(RolesAllowed.class, PermitAll.class, DenyAll.class)
                            .noneMatch(a -> annotated(m, a)))));
  }

  @Test
  void everyEndpointIsForAdministratorsOnly() {
    List<JavaMethod> endpoints =
        LOADTEST.stream()
            .flatMap(c -> c.getMethods().stream())
            .filter(m -> m.isMetaAnnotatedWith(HttpMethod.class))
            .toList();
    assertFalse(endpoints.isEmpty(), "no REST endpoint found");
    assertEquals(
        List.of(),
        names(
            endpoints.stream()
                .filter(
                    m ->
                        annotated(m, PermitAll.class)
                            || !roles(m).equals(Optional.of(List.of(Role.Names.ADMIN))))));
  }

  /** On the method, or else on its class, as the container reads it. */
  private static boolean annotated(
      JavaMethod m, Class<? extends java.lang.annotation.Annotation> a) {
    return m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a);
  }

  private static Optional<List<String>> roles(JavaMethod m) {
    JavaClass owner = m.getOwner();
    return m.tryGetAnnotationOfType(RolesAllowed.class)
        .or(() -> owner.tryGetAnnotationOfType(RolesAllowed.class))
        .map(r -> List.of(r.value()));
  }

  private static List<String> names(Stream<JavaMethod> methods) {
    return methods.map(JavaMethod::getFullName).sorted().toList();
  }
}
