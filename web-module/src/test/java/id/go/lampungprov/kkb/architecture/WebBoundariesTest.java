package id.go.lampungprov.kkb.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web module keeps the boundaries of {@link Boundaries}, checked together with the EJB module
 * it builds on: a context's page, resource and service are one slice.
 */
class WebBoundariesTest {

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
