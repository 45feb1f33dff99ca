package id.go.lampungprov.kkb.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.reporting.domain.RecapAssembly.Area;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecapAssemblyTest {

  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

  private static final List<Area> PROVINCES =
      List.of(
          new Area("18", "Lampung"), new Area("31", "DKI Jakarta"), new Area("32", "Jawa Barat"));

  private static final List<Area> REGENCIES =
      List.of(
          new Area("18.01", "Lampung Barat"),
          new Area("18.07", "Lampung Timur"),
          new Area("31.71", "Jakarta Selatan"),
          new Area("32.01", "Bogor"));

  /** Counted once at regency level, as for a national recap with a page per province. */
  private static RecapAssembly.Figures byRegency() {
    return new RecapAssembly.Figures(
        List.of(
            fact("18.01.01.2001", 2016, null),
            fact("18.07.04.2003", 2019, null),
            fact("18.07.05.2001", 2024, null),
            fact("18.07.05.2002", 2020, LocalDate.of(2023, 5, 1)),
            fact("31.71.01.1001", 2024, null)),
        List.of(
            new RecapAssembly.CurrentClass("18.01.01.2001", KampungKbClass.MANDIRI),
            new RecapAssembly.CurrentClass("18.07.04.2003", KampungKbClass.DASAR),
            new RecapAssembly.CurrentClass("18.07.05.2001", null),
            new RecapAssembly.CurrentClass("31.71.01.1001", KampungKbClass.DASAR)),
        Map.of("18.01", 131L, "18.07", 264L, "31.71", 65L, "32.01", 435L),
        Map.of("18.07", 1L),
        Map.of(
            "18.01", new long[] {2, 40}, "18.07", new long[] {3, 75}, "31.71", new long[] {1, 9}));
  }

  /**
   * The national recap of 2024 from {@link #byRegency()}; a page per province if regencies given.
   */
  private static List<AreaRecap> nationalRecap(List<Area> regencies) {
    return RecapAssembly.recaps(
        AreaRecap.Level.COUNTRY,
        new Area("ID", "Indonesia"),
        PROVINCES,
        regencies,
        byRegency(),
        2024,
        END_2024);
  }

  @Test
  void theCountryHasALinePerProvinceSummingItsRegencies() {
    List<AreaRecap> recaps = nationalRecap(List.of());

    assertEquals(1, recaps.size());
    AreaRecap country = recaps.get(0);
    assertEquals(AreaRecap.Level.COUNTRY, country.level());
    AreaRecap.Line lampung = country.lines().get(0);
    assertEquals("18", lampung.code());
    assertEquals(395, lampung.villages());
    assertEquals(3, lampung.kampungKb(), "the one deactivated in 2023 no longer counts");
    assertEquals(1, lampung.declaredInYear());
    assertEquals(Map.of(KampungKbClass.MANDIRI, 1L, KampungKbClass.DASAR, 1L), lampung.classes());
    assertEquals(1, lampung.notClassified());
    assertEquals(1, lampung.coe());
    assertEquals(5, lampung.events());
    assertEquals(115, lampung.participants());
    AreaRecap.Line westJava = country.lines().get(2);
    assertEquals(435, westJava.villages());
    assertEquals(0, westJava.kampungKb(), "a province without Kampung KB still has its line");
    assertEquals(4, country.total().kampungKb());
    assertEquals(895, country.total().villages());
    assertEquals(2016, country.growth().get(0).year());
    assertEquals(4, country.growth().get(country.growth().size() - 1).cumulative());
  }

  @Test
  void aPagePerProvinceListsItsRegenciesFromTheSameFigures() {
    List<AreaRecap> recaps = nationalRecap(REGENCIES);

    assertEquals(4, recaps.size(), "the country, then a page per province in order");
    AreaRecap lampung = recaps.get(1);
    assertEquals(AreaRecap.Level.PROVINCE, lampung.level());
    assertEquals("Lampung", lampung.areaName());
    assertEquals(
        List.of("18.01", "18.07"), lampung.lines().stream().map(AreaRecap.Line::code).toList());
    AreaRecap.Line east = lampung.lines().get(1);
    assertEquals(264, east.villages());
    assertEquals(2, east.kampungKb());
    assertEquals(1, east.coe());
    assertArrayEquals(new long[] {3, 75}, new long[] {east.events(), east.participants()});
    assertEquals(
        recaps.get(0).lines().get(0).kampungKb(),
        lampung.total().kampungKb(),
        "a page adds up to its line");
    assertEquals(List.of(new RegistryStatistics.YearCount(2024, 1, 1)), recaps.get(2).growth());
    assertEquals(1, recaps.get(3).lines().size());
    assertEquals(0, recaps.get(3).total().kampungKb());
  }

  @Test
  void aRegencyHasNoPagesBelowItsDistricts() {
    assertThrows(IllegalStateException.class, AreaRecap.Level.REGENCY::below);
  }

  private static RegistryStatistics.Fact fact(String village, int year, LocalDate inactiveSince) {
    return new RegistryStatistics.Fact(
        RegionCode.of(village), LocalDate.of(year, 3, 1), ModelStatus.NONE, inactiveSince);
  }
}
