package id.go.lampungprov.kkb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The production modules' security rules hold here too (their ArchUnit tests see only their own
 * classes): every public EJB method says who may call it, and every endpoint of the load-test EAR
 * is for administrators alone.
 */
class LoadTestSecurityTest {

  /** This module's classes only, not the production classes on the class path. */
  private static final JavaClasses LOADTEST =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void everyEnterpriseBeanMethodDeclaresWhoMayCallIt() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(
            DescribedPredicate.describe(
                "are @Stateless or @Singleton",
                c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class)))
        .should(
            holds(
                "carry @RolesAllowed, @PermitAll or @DenyAll (itself or its class)",
                m ->
                    List.of(RolesAllowed.class, PermitAll.class, DenyAll.class).stream()
                        .anyMatch(a -> m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a))))
        .check(LOADTEST);
  }

  @Test
  void everyEndpointIsForAdministratorsOnly() {
    methods()
        .that(
            DescribedPredicate.describe(
                "are REST endpoints", m -> m.isMetaAnnotatedWith(HttpMethod.class)))
        .should(
            holds(
                "be @RolesAllowed(ADMIN) alone, on itself or its class, never @PermitAll",
                m ->
                    !m.isAnnotatedWith(PermitAll.class)
                        && !m.getOwner().isAnnotatedWith(PermitAll.class)
                        && roles(m).equals(Optional.of(List.of(Role.Names.ADMIN)))))
        .check(LOADTEST);
  }

  private static Optional<List<String>> roles(JavaMethod m) {
    return m.tryGetAnnotationOfType(RolesAllowed.class)
        .or(() -> m.getOwner().tryGetAnnotationOfType(RolesAllowed.class))
        .map(r -> List.of(r.value()));
  }

  private static ArchCondition<JavaMethod> holds(String what, Predicate<JavaMethod> test) {
    return new ArchCondition<>(what) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (!test.test(method)) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName() + ": " + what));
        }
      }
    };
  }
}
