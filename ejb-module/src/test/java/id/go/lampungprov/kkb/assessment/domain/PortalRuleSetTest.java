package id.go.lampungprov.kkb.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.DataSource;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Frequency;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.FundingSource;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Mechanism;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Poktan;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.RegulationLevel;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.RumahDataKu;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalRuleSetTest {

  private final PortalRuleSet rules = new PortalRuleSet();

  /** Counted indicators: funding sources, poktan or mechanisms, data sources, non-KB agencies. */
  @ParameterizedTest(name = "{1} {0} score {5}")
  @CsvSource({
    "funding sources,0,0,1,4,1",
    "funding sources,1,0,1,4,2",
    "funding sources,2,0,1,4,3",
    "funding sources,4,0,1,4,3",
    "funding sources,5,0,1,4,4",
    "poktan or mechanisms,0,0,2,4,1",
    "poktan or mechanisms,1,0,2,4,2",
    "poktan or mechanisms,2,0,2,4,2",
    "poktan or mechanisms,3,0,2,4,3",
    "poktan or mechanisms,4,0,2,4,3",
    "poktan or mechanisms,5,0,2,4,4",
    "data sources,0,0,1,3,1",
    "data sources,1,0,1,3,2",
    "data sources,2,0,1,3,3",
    "data sources,3,0,1,3,3",
    "data sources,4,0,1,3,4",
    "non-KB agencies,0,0,3,6,1",
    "non-KB agencies,1,0,3,6,2",
    "non-KB agencies,3,0,3,6,2",
    "non-KB agencies,4,0,3,6,3",
    "non-KB agencies,6,0,3,6,3",
    "non-KB agencies,7,0,3,6,4"
  })
  void countBands(String what, int n, int low, int middle, int high, int score) {
    assertEquals(score, PortalRuleSet.countScore(n, low, middle, high));
  }

  @ParameterizedTest(name = "CPR {0} % scores {1}")
  @CsvSource({
    "0,1", "29.49,1", "29.50,2", "30,2", "40,2", "40.49,2", "40.50,3", "41,3", "50,3", "50.49,3",
    "50.50,4", "100,4"
  })
  void cprBands(String value, int score) {
    assertEquals(score, PortalRuleSet.Bands.RISING_30_40_50.score(new BigDecimal(value)));
  }

  @ParameterizedTest(name = "MKJP share {0} % scores {1}")
  @CsvSource({
    "19.49,1", "19.50,2", "20,2", "22,2", "22.50,3", "23,3", "24,3", "24.49,3", "24.50,4", "25,4"
  })
  void mkjpBands(String value, int score) {
    assertEquals(score, PortalRuleSet.Bands.RISING_20_22_24.score(new BigDecimal(value)));
  }

  @ParameterizedTest(name = "poktan participation {0} % scores {1}")
  @CsvSource({"9.49,1", "9.50,2", "10,2", "20,2", "20.50,3", "21,3", "30,3", "30.50,4", "31,4"})
  void participationBands(String value, int score) {
    assertEquals(score, PortalRuleSet.Bands.RISING_10_20_30.score(new BigDecimal(value)));
  }

  @ParameterizedTest(name = "unmet need {0} % scores {1}")
  @CsvSource({
    "100,1", "13,1", "12.50,1", "12.49,2", "12,2", "10,2", "9.50,2", "9.49,3", "9,3", "7,3",
    "6.50,3", "6.49,4", "6,4", "0,4"
  })
  void unmetNeedBandsLowerIsBetter(String value, int score) {
    assertEquals(score, PortalRuleSet.Bands.FALLING_13_10_6.score(new BigDecimal(value)));
  }

  @Test
  void pokjaFacilitiesAndPkbScores() {
    assertEquals(1, PortalRuleSet.pokja(profile(false, 0, false)));
    assertEquals(2, PortalRuleSet.pokja(profile(true, 0, false)));
    assertEquals(3, PortalRuleSet.pokja(profile(true, 12, false)));
    assertEquals(3, PortalRuleSet.pokja(profile(true, 0, true)));
    assertEquals(4, PortalRuleSet.pokja(profile(true, 12, true)));
    ProfileChecklist bare = profile(true, 12, true);
    assertEquals(1, PortalRuleSet.facilities(bare));
    assertEquals(1, PortalRuleSet.pkb(bare));
    ProfileChecklist equipped =
        new ProfileChecklist(
            true,
            true,
            true,
            12,
            "Siti Rahmawati",
            null,
            RegulationLevel.VILLAGE,
            true,
            Set.of(),
            Set.of(),
            true,
            RumahDataKu.SEDERHANA,
            Set.of(),
            Map.of());
    assertEquals(3, PortalRuleSet.facilities(equipped));
    assertEquals(3, PortalRuleSet.pkb(equipped));
  }

  @Test
  void withoutPusCprAndUnmetNeedAreNotAssessableNeverBest() {
    Figures empty = figures(100, 0, 0, 0, 0);
    ClassificationResult r =
        rules.classify(input(Optional.of(strongProfile()), Optional.of(empty), 7));
    IndicatorResult cpr = indicator(r, "CPR");
    IndicatorResult unmet = indicator(r, "UNMET_NEED");
    assertFalse(cpr.assessable());
    assertNull(unmet.score());
    assertTrue(unmet.note().contains("not assessable"), unmet.note());
    assertTrue(r.indices().get(ClassIndex.OUTPUT).isEmpty(), "an index with a gap is not computed");
    assertFalse(r.passes(ClassIndex.OUTPUT));
    assertEquals(KampungKbClass.BERKEMBANG, r.kampungKbClass(), "input and process pass");
  }

  @Test
  void withoutAProfileTheInputIndexIsNotAssessable() {
    ClassificationResult r = rules.classify(input(Optional.empty(), Optional.of(goodFigures()), 0));
    assertTrue(r.indices().get(ClassIndex.INPUT).isEmpty());
    assertFalse(indicator(r, "POKJA").assessable());
    assertTrue(indicator(r, "NON_KB_AGENCIES").assessable());
    assertEquals(KampungKbClass.DASAR, r.kampungKbClass(), "output alone is one index");
  }

  @Test
  void theClassFollowsThePassingIndices() {
    assertEquals(
        KampungKbClass.BERKELANJUTAN,
        rules
            .classify(input(Optional.of(strongProfile()), Optional.of(goodFigures()), 7))
            .kampungKbClass());
    ClassificationResult quietProcess =
        rules.classify(input(Optional.of(strongInputOnly()), Optional.of(goodFigures()), 0));
    assertFalse(quietProcess.passes(ClassIndex.PROCESS));
    assertEquals(KampungKbClass.MANDIRI, quietProcess.kampungKbClass());
    assertEquals(
        KampungKbClass.DASAR,
        rules
            .classify(
                input(
                    Optional.of(profile(false, 0, false)),
                    Optional.of(figures(100, 60, 10, 0, 20)),
                    0))
            .kampungKbClass());
  }

  @Test
  void anIndexPassesAtExactlyThree() {
    ClassificationResult r =
        ClassificationResult.of(
            "t",
            java.util.List.of(
                new IndicatorResult(ClassIndex.INPUT, "A", null, 4, null),
                new IndicatorResult(ClassIndex.INPUT, "B", null, 3, null),
                new IndicatorResult(ClassIndex.INPUT, "C", null, 2, null),
                new IndicatorResult(ClassIndex.PROCESS, "D", null, 3, null),
                new IndicatorResult(ClassIndex.PROCESS, "E", null, 2, null),
                new IndicatorResult(ClassIndex.OUTPUT, "F", null, 2, null)));
    assertEquals(new BigDecimal("3.00"), r.indices().get(ClassIndex.INPUT).orElseThrow());
    assertTrue(r.passes(ClassIndex.INPUT));
    assertEquals(new BigDecimal("2.50"), r.indices().get(ClassIndex.PROCESS).orElseThrow());
    assertFalse(r.passes(ClassIndex.PROCESS));
  }

  private static IndicatorResult indicator(ClassificationResult r, String code) {
    return r.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private static ClassificationInput input(
      Optional<ProfileChecklist> p, Optional<Figures> f, int agencies) {
    return new ClassificationInput(p, f.map(x -> YearMonth.of(2020, 5)), f, agencies);
  }

  private static ProfileChecklist profile(boolean exists, int members, boolean trained) {
    return new ProfileChecklist(
        exists,
        false,
        trained,
        members,
        null,
        null,
        RegulationLevel.NONE,
        false,
        Set.of(),
        Set.of(),
        false,
        RumahDataKu.NONE,
        Set.of(),
        Map.of());
  }

  /** Every input and process indicator at 3 or 4. */
  private static ProfileChecklist strongProfile() {
    Map<Mechanism, Frequency> all = new EnumMap<>(Mechanism.class);
    for (Mechanism m : Mechanism.values()) {
      all.put(m, Frequency.MONTHLY);
    }
    return strong(EnumSet.allOf(DataSource.class), all);
  }

  /** The strong input, but one data source, no mechanism running. */
  private static ProfileChecklist strongInputOnly() {
    return strong(EnumSet.of(DataSource.FAMILY_DATA_PK), Map.of());
  }

  /** A well-equipped Pokja; the data sources and running mechanisms as given. */
  private static ProfileChecklist strong(
      Set<DataSource> dataSources, Map<Mechanism, Frequency> mechanisms) {
    return new ProfileChecklist(
        true,
        true,
        true,
        13,
        "Siti Rahmawati",
        null,
        RegulationLevel.VILLAGE,
        true,
        dataSources,
        EnumSet.of(FundingSource.APBN, FundingSource.DANA_DESA),
        true,
        RumahDataKu.LENGKAP,
        EnumSet.allOf(Poktan.class),
        mechanisms);
  }

  /** CPR 60 %, MKJP 50 %, unmet need 4 %, participation 40 %. */
  private static Figures goodFigures() {
    return figures(100, 50, 30, 2, 40);
  }

  /**
   * @param pus couples
   * @param users users, half of them IUD (MKJP) and half pill
   * @param unmet IAT + TIAL, split
   * @param participation % of each poktan's target families
   */
  private static Figures figures(int families, int pus, int users, int unmet, int participation) {
    int toddlers = 40;
    int teens = 40;
    int elderly = 40;
    int p = participation * 40 / 100;
    return new Figures(
        families,
        pus,
        50,
        toddlers,
        teens,
        elderly,
        p,
        p,
        p,
        families * participation / 100,
        50 * participation / 100,
        users / 2,
        0,
        0,
        0,
        0,
        0,
        users - users / 2,
        0,
        0,
        unmet / 2,
        unmet - unmet / 2,
        10);
  }
}
