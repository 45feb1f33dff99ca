package id.go.lampungprov.kkb.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Activity codes resolve against one catalogue version; anything else is refused by name. */
class InpresCatalogueTest {

  /** S1 with one programme of two activities; S2 with a programme of eleven. */
  static InpresCatalogue catalogue() {
    InpresCatalogue c =
        new InpresCatalogue(1, "INPRES-3-2022", "Inpres 3/2022", LocalDate.of(2022, 5, 20));
    InpresProgramme p1 = c.addTarget("Penyediaan data").addProgramme("Administrasi kependudukan");
    p1.addActivity("Rumah DataKu", "Tersedianya Rumah DataKu", "BKKBN");
    p1.addActivity("Pelayanan adminduk", "Terpenuhinya layanan", "BKKBN");
    InpresProgramme p2 = c.addTarget("Perubahan perilaku").addProgramme("GERMAS");
    for (int i = 1; i <= 11; i++) {
      p2.addActivity("Kegiatan " + i, "Indikator " + i, "Kementerian Kesehatan");
    }
    return c;
  }

  private static List<String> codes(List<InpresActivity> activities) {
    return activities.stream().map(InpresActivity::code).toList();
  }

  @Test
  void codesAreStableAndNested() {
    InpresCatalogue c = catalogue();
    assertEquals(List.of("S1", "S2"), c.targets().stream().map(InpresTarget::code).toList());
    assertEquals("S2.P1", c.targets().get(1).programmes().get(0).code());
    assertEquals(13, c.activities().size());
    assertEquals("S2.P1.K11", c.activities().get(12).code());
    assertEquals("S2.P1", c.activities().get(12).programme().code());
  }

  @Test
  void resolvesCodesInCatalogueOrderEachOnce() {
    List<InpresActivity> found =
        catalogue().activities(List.of("S2.P1.K10", " s1.p1.k2 ", "S2.P1.K10", "S1.P1.K1"));
    assertEquals(List.of("S1.P1.K1", "S1.P1.K2", "S2.P1.K10"), codes(found));
  }

  @Test
  void anEmptyListResolvesToNoActivities() {
    assertEquals(List.of(), catalogue().activities(List.of()));
  }

  @Test
  void anUnknownActivityIsRefusedByName() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> catalogue().activities(List.of("S1.P1.K3")));
    assertEquals("activities", e.field());
    assertEquals("unknown-activity", e.rule());
  }

  @Test
  void aTargetOrProgrammeCodeIsNotAnActivity() {
    for (String code : List.of("S1", "S1.P1", "K1", "rumah data", "")) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> catalogue().activities(List.of(code)));
      assertEquals("activity-code", e.rule(), code);
    }
    List<String> withNull = new ArrayList<>(Arrays.asList("S1.P1.K1", null));
    assertEquals(
        "activity-code",
        assertThrows(InvalidInputException.class, () -> catalogue().activities(withNull)).rule());
  }

  @Test
  void theListIsRequiredAndBounded() {
    assertEquals(
        "required",
        assertThrows(InvalidInputException.class, () -> catalogue().activities(null)).rule());
    List<String> tooMany = Collections.nCopies(InpresCatalogue.MAX_CODES + 1, "S1.P1.K1");
    assertEquals(
        "too-many",
        assertThrows(InvalidInputException.class, () -> catalogue().activities(tooMany)).rule());
  }

  @Test
  void tagsReplaceTheirActivitiesAndListThemInCodeOrder() {
    InpresCatalogue c = catalogue();
    InterventionInpresTags tags = new InterventionInpresTags(7, RegionCode.of("18.71.01.1001"));
    tags.replace(c.activities(List.of("S2.P1.K10", "S2.P1.K9", "S1.P1.K1")), "op", Instant.EPOCH);
    assertEquals(List.of("S1.P1.K1", "S2.P1.K9", "S2.P1.K10"), codes(tags.activities()));
    assertEquals("op", tags.taggedBy());
    tags.replace(c.activities(List.of()), "op2", Instant.EPOCH);
    assertEquals(List.of(), tags.activities());
    assertEquals("InterventionInpres", tags.auditType());
    assertEquals(RegionCode.of("18.71.01.1001"), tags.auditRegion());
  }
}
