package id.go.lampungprov.kkb.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.audit.infrastructure.AuditListener;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The boundaries between and inside the bounded contexts, as rules the build checks (the EJB and
 * the web module both run them; docs/boundaries.md explains them). A context is a top-level package
 * {@code id.go.lampungprov.kkb.<context>}, the same name in both modules.
 *
 * <p>{@code synthetic} (load-test data) is left out: it is leaving the production code.
 */
public final class Boundaries {

  static final String ROOT = "id.go.lampungprov.kkb";

  private static final String SYNTHETIC = ROOT + ".synthetic..";

  private Boundaries() {}

  /**
   * Which context builds directly on which, from the top of the graph to its bottom
   * (docs/boundaries.md draws it): a context may use the contexts of its row and, through them,
   * everything they may use; nothing else. A new top-level package fails the build until it is
   * given its row. Role names in {@code @RolesAllowed} ({@code security.domain.Role.Names}, which
   * audit names too) are constants the compiler copies into each class: no dependency to check.
   */
  static final Map<String, List<String>> BUILDS_ON =
      orderedMap(
          // the public portal: read-only views of everything, for anyone (docs/boundaries.md)
          entry("portal", List.of("reporting")),
          entry("reporting", List.of("assessment")),
          entry("assessment", List.of("coaching", "monitoring")),
          entry("coaching", List.of("documents", "registration")),
          // the monthly reporting cycle: rates, submission, approval and the period lock
          entry("monitoring", List.of("registration")),
          entry("documents", List.of("files", "security")),
          entry("registration", List.of("files", "security")),
          entry("files", List.of("audit")),
          entry("security", List.of("audit")),
          entry("audit", List.of("region")),
          entry("region", List.of("platform")),
          entry("platform", List.of("shared", "reports")),
          entry("shared", List.of()),
          // the reports module: a library of document conventions, templates, rendering, signing
          entry("reports", List.of()));

  /** Each context uses only what it builds on ({@link #BUILDS_ON}). */
  public static final ArchRule CONTEXTS_USE_ONLY_WHAT_THEY_BUILD_ON = contextRules();

  /**
   * The layers inside every context: the domain (entities, value objects, repository interfaces)
   * uses no other layer; services ({@code application}) and their persistence ({@code
   * infrastructure}) know nothing of the web module; REST resources, Faces backing beans and
   * facades never reach persistence code directly.
   */
  public static final ArchRule LAYERS_INSIDE_CONTEXTS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("domain")
          .definedBy(ROOT + ".*.domain..")
          .layer("application")
          .definedBy(ROOT + ".*.application..")
          .layer("infrastructure")
          .definedBy(ROOT + ".*.infrastructure..")
          .layer("facade")
          .definedBy(ROOT + ".*.facade..")
          .layer("rest")
          .definedBy(ROOT + ".*.rest..")
          .layer("web")
          .definedBy(ROOT + ".*.web..")
          .whereLayer("domain")
          .mayNotAccessAnyLayer()
          .whereLayer("application")
          .mayOnlyAccessLayers("domain", "infrastructure")
          .whereLayer("infrastructure")
          .mayOnlyAccessLayers("domain", "application")
          .whereLayer("facade")
          .mayOnlyAccessLayers("domain", "application", "rest", "web")
          .whereLayer("rest")
          .mayOnlyAccessLayers("domain", "application", "facade", "web")
          .whereLayer("web")
          .mayOnlyAccessLayers("domain", "application", "facade", "rest")
          // Intended: JPA knows an entity's listener only from @EntityListeners on the entity, so
          // the audited base class names the listener that writes its audit entries.
          .ignoreDependency(AuditedEntity.class, AuditListener.class);

  /**
   * REST resources, Faces backing beans and facades go through a service: scope checks and
   * transactions live there, never in a query a page or a resource runs itself. (Repository
   * interfaces live in the domain, so {@link #LAYERS_INSIDE_CONTEXTS} alone would let them
   * through.)
   */
  public static final ArchRule PAGES_AND_RESOURCES_TOUCH_NO_REPOSITORY =
      noClasses()
          .that()
          .resideInAnyPackage(ROOT + ".*.rest..", ROOT + ".*.web..", ROOT + ".*.facade..")
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          // the EJB module alone has none of them
          .allowEmptyShould(true);

  /** No two contexts use each other, directly or through others. */
  public static final ArchRule CONTEXTS_ARE_FREE_OF_CYCLES =
      slices()
          .matching(ROOT + ".(*)..")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(alwaysTrue(), resideInAPackage(SYNTHETIC));

  /** The production classes on the classpath: this module's and those of the modules below it. */
  public static JavaClasses productionClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // the web module has this module's tests on its class path, as a jar
        .withImportOption(location -> !location.contains("-tests.jar"))
        .withImportOption(location -> !location.contains("/synthetic/"))
        .importPackages(ROOT);
  }

  /** The contexts {@code context} may use: its row, and theirs, down to the bottom. */
  static Set<String> mayUse(String context) {
    Set<String> reachable = new TreeSet<>();
    Deque<String> next = new ArrayDeque<>(BUILDS_ON.get(context));
    while (!next.isEmpty()) {
      String below = next.pop();
      if (reachable.add(below)) {
        next.addAll(BUILDS_ON.get(below));
      }
    }
    return reachable;
  }

  private static ArchRule contextRules() {
    LayeredArchitecture rules =
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ROOT + "..");
    for (String context : BUILDS_ON.keySet()) {
      rules = rules.layer(context).definedBy(ROOT + "." + context + "..");
    }
    for (String context : BUILDS_ON.keySet()) {
      Set<String> allowed = mayUse(context);
      rules =
          allowed.isEmpty()
              ? rules.whereLayer(context).mayNotAccessAnyLayer()
              : rules.whereLayer(context).mayOnlyAccessLayers(allowed.toArray(String[]::new));
    }
    return rules
        .ignoreDependency(alwaysTrue(), resideInAPackage(SYNTHETIC))
        .ensureAllClassesAreContainedInArchitectureIgnoring(SYNTHETIC);
  }

  @SafeVarargs
  private static Map<String, List<String>> orderedMap(Map.Entry<String, List<String>>... rows) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> row : rows) {
      map.put(row.getKey(), row.getValue());
    }
    return Collections.unmodifiableMap(map);
  }
}
