package id.go.lampungprov.kkb.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the rules of {@link Boundaries} on the production classes of a module's class path: the
 * EJB module's alone ({@link EjbBoundariesTest}), or the web module's with the EJB module below it
 * ({@code WebBoundariesTest}), where a context's page, resource and service are one slice.
 */
public abstract class BoundariesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = Boundaries.productionClasses();
  }

  @Test
  void contextsUseOnlyWhatTheyBuildOn() {
    Boundaries.CONTEXTS_USE_ONLY_WHAT_THEY_BUILD_ON.check(classes);
  }

  @Test
  void contextsAreFreeOfCycles() {
    Boundaries.CONTEXTS_ARE_FREE_OF_CYCLES.check(classes);
  }

  @Test
  void layersInsideContextsKeepTheirPlace() {
    Boundaries.LAYERS_INSIDE_CONTEXTS.check(classes);
  }

  @Test
  void pagesAndResourcesTouchNoRepository() {
    Boundaries.PAGES_AND_RESOURCES_TOUCH_NO_REPOSITORY.check(classes);
  }
}
