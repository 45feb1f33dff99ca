package id.go.lampungprov.kkb.region.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.lampungprov.kkb.region.domain.RegionLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionNamesTest {

  // In no particular order, as a database with a language collation may give them.
  private final RegionNames names =
      new RegionNames(
          List.of(
              row("18.07.04.2003", "Sidodadi", RegionLevel.VILLAGE),
              row("18", "Lampung", RegionLevel.PROVINCE),
              row("18.07", "Lampung Timur", RegionLevel.REGENCY),
              row("18.07.04", "Pekalongan", RegionLevel.DISTRICT),
              row("18.07.04.2001", "Pekalongan", RegionLevel.VILLAGE),
              row("18.07.04.2002", "Sido_Mukti 100%", RegionLevel.VILLAGE),
              row("18.08", "Way Kanan", RegionLevel.REGENCY),
              row("18.08.01.2001", "Sidomulyo", RegionLevel.VILLAGE),
              row("17.01.01.2001", "Sidodadi", RegionLevel.VILLAGE)));

  @Test
  void findsNamesContainingTheTextInCodeOrderWithinTheRegionOnly() {
    RegionNames.Found found = names.search("SIDO", Optional.of("18.07"), Optional.empty(), 0, 20);
    assertEquals(List.of("18.07.04.2002", "18.07.04.2003"), found.codes());
    assertEquals(2, found.total());
    assertEquals(
        List.of("17.01.01.2001", "18.07.04.2002", "18.07.04.2003", "18.08.01.2001"),
        names.search("sido", Optional.empty(), Optional.empty(), 0, 20).codes());
  }

  @Test
  void theRegionItselfIsNotWithinItself() {
    assertEquals(
        List.of("18.07.04.2001"),
        names.search("pekalongan", Optional.of("18.07.04"), Optional.empty(), 0, 20).codes());
  }

  @Test
  void levelAndEmptyTextListEverythingOfThatLevel() {
    RegionNames.Found found =
        names.search("", Optional.of("18"), Optional.of(RegionLevel.REGENCY), 0, 20);
    assertEquals(List.of("18.07", "18.08"), found.codes());
  }

  @Test
  void wildcardsMatchThemselves() {
    assertEquals(
        List.of("18.07.04.2002"),
        names.search("o_m", Optional.empty(), Optional.empty(), 0, 20).codes());
    assertEquals(
        List.of("18.07.04.2002"),
        names.search("100%", Optional.empty(), Optional.empty(), 0, 20).codes());
    assertEquals(0, names.search("s%o", Optional.empty(), Optional.empty(), 0, 20).total());
  }

  @Test
  void aPageIsASliceAndTheTotalCountsAll() {
    RegionNames.Found second = names.search("", Optional.of("18"), Optional.empty(), 2, 2);
    assertEquals(List.of("18.07.04.2001", "18.07.04.2002"), second.codes());
    assertEquals(7, second.total());
    RegionNames.Found beyond = names.search("", Optional.of("18"), Optional.empty(), 40, 20);
    assertEquals(List.of(), beyond.codes());
    assertEquals(7, beyond.total());
  }

  private static Object[] row(String code, String name, RegionLevel level) {
    return new Object[] {code, name, level};
  }
}
