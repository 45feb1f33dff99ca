package id.go.lampungprov.kkb.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecapTagTest {

  private static final RecapTag.Inputs BASE =
      new RecapTag.Inputs("epoch.7", "pdf", "18", 2025, false, "DPPPA", LocalDate.of(2025, 12, 31));

  @Test
  void theSameInputsGiveTheSameTag() {
    assertEquals(RecapTag.of(BASE, "build"), RecapTag.of(copy(BASE), "build"));
    assertTrue(RecapTag.of(BASE).matches("[A-Za-z0-9_-]{32}"), RecapTag.of(BASE));
  }

  @Test
  void everyInputOfTheFileChangesTheTag() {
    List<RecapTag.Inputs> variants =
        List.of(
            BASE,
            new RecapTag.Inputs("epoch.8", "pdf", "18", 2025, false, "DPPPA", BASE.asOf()),
            new RecapTag.Inputs("other.7", "pdf", "18", 2025, false, "DPPPA", BASE.asOf()),
            new RecapTag.Inputs("epoch.7", "xlsx", "18", 2025, false, "DPPPA", BASE.asOf()),
            new RecapTag.Inputs("epoch.7", "pdf", "18.07", 2025, false, "DPPPA", BASE.asOf()),
            new RecapTag.Inputs("epoch.7", "pdf", "18", 2024, false, "DPPPA", BASE.asOf()),
            new RecapTag.Inputs("epoch.7", "pdf", "18", 2025, true, "DPPPA", BASE.asOf()),
            new RecapTag.Inputs("epoch.7", "pdf", "18", 2025, false, "BKKBN", BASE.asOf()),
            new RecapTag.Inputs(
                "epoch.7", "pdf", "18", 2025, false, "DPPPA", LocalDate.of(2025, 12, 30)));
    Set<String> tags = new HashSet<>();
    for (RecapTag.Inputs v : variants) {
      assertTrue(tags.add(RecapTag.of(v, "build")), "same tag for " + v);
    }
    assertTrue(tags.add(RecapTag.of(BASE, "another build")), "a new build, a new tag");
  }

  @Test
  void theBuildDigestCoversTheRecapCode() {
    // Read from the class files and the compiled template: stable within one build.
    assertEquals(RecapTag.Build.DIGEST, RecapTag.Build.DIGEST);
    assertTrue(RecapTag.Build.DIGEST.length() > 40);
  }

  private static RecapTag.Inputs copy(RecapTag.Inputs i) {
    return new RecapTag.Inputs(
        i.dataVersion(), i.format(), i.area(), i.year(), i.perRegency(), i.issuer(), i.asOf());
  }
}
