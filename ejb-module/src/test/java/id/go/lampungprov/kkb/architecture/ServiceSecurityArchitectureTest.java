package id.go.lampungprov.kkb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public business method of an EJB states who may call it, on the method or its class. A new
 * service cannot be born open by omission.
 */
class ServiceSecurityArchitectureTest {

  private static final List<Class<? extends Annotation>> SECURITY =
      List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

  static final ArchCondition<JavaMethod> DECLARE_WHO_MAY_CALL =
      new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll (method or class)") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          boolean secured =
              SECURITY.stream()
                  .anyMatch(a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
          if (!secured) {
            events.add(
                SimpleConditionEvent.violated(
                    method, method.getFullName() + " has no security annotation"));
          }
        }
      };

  static final ArchRule SERVICES_ARE_SECURED =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat(
              DescribedPredicate.describe(
                  "are enterprise beans",
                  c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class)))
          .should(DECLARE_WHO_MAY_CALL);

  @Test
  void everyServiceMethodDeclaresWhoMayCallIt() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.go.lampungprov.kkb");
    SERVICES_ARE_SECURED.check(classes);
  }
}
