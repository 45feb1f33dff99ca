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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every REST endpoint states who may call it, on the method or its resource class. */
class ResourceSecurityArchitectureTest {

  private static final List<Class<? extends Annotation>> HTTP_METHODS =
      List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);
  private static final List<Class<? extends Annotation>> SECURITY =
      List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

  static final ArchRule ENDPOINTS_ARE_SECURED =
      methods()
          .that(
              DescribedPredicate.describe(
                  "are REST endpoints", m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith)))
          .should(
              new ArchCondition<>(
                  "declare @RolesAllowed, @PermitAll or @DenyAll (method or class)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  boolean secured =
                      SECURITY.stream()
                          .anyMatch(
                              a ->
                                  method.isAnnotatedWith(a)
                                      || method.getOwner().isAnnotatedWith(a));
                  if (!secured) {
                    events.add(
                        SimpleConditionEvent.violated(
                            method, method.getFullName() + " has no security annotation"));
                  }
                }
              });

  @Test
  void everyEndpointDeclaresWhoMayCallIt() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.go.lampungprov.kkb");
    ENDPOINTS_ARE_SECURED.check(classes);
  }
}
