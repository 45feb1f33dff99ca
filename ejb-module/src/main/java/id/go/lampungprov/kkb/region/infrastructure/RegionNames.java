package id.go.lampungprov.kkb.region.infrastructure;

import id.go.lampungprov.kkb.region.domain.RegionLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every region's code, name and level in code order, in memory: a name search within a region looks
 * at that region's slice only (its descendants are one range of codes) and compares names lowered
 * once, where the database lowered and scanned every name twice (page and count).
 */
final class RegionNames {

  /** One page of codes that matched, and how many matched in all. */
  record Found(List<String> codes, long total) {}

  private final String[] codes;
  private final String[] lowerNames;
  private final RegionLevel[] levels;

  /**
   * @param rows code, name and level of every region, in any order
   */
  RegionNames(List<Object[]> rows) {
    // Sorted here, not by the database: a language collation may order "18.07.04" by its digits
    // alone, and the ranges below need plain character order.
    rows = new ArrayList<>(rows);
    rows.sort((a, b) -> ((String) a[0]).compareTo((String) b[0]));
    int n = rows.size();
    codes = new String[n];
    lowerNames = new String[n];
    levels = new RegionLevel[n];
    for (int i = 0; i < n; i++) {
      Object[] row = rows.get(i);
      codes[i] = (String) row[0];
      lowerNames[i] = ((String) row[1]).toLowerCase(Locale.ROOT);
      levels[i] = (RegionLevel) row[2];
    }
  }

  int size() {
    return codes.length;
  }

  /**
   * As the database answered {@code LOWER(name) LIKE %text% AND code LIKE within.% AND level =
   * level ORDER BY code}, one page of it and the count.
   */
  Found search(
      String text, Optional<String> within, Optional<RegionLevel> level, long offset, int size) {
    String needle = text.toLowerCase(Locale.ROOT);
    int from = 0;
    int to = codes.length;
    if (within.isPresent()) {
      // Descendants of 18.07 are the codes from "18.07." up to, not including, "18.07/" ('/'
      // follows '.').
      from = insertionPoint(within.get() + ".");
      to = insertionPoint(within.get() + "/");
    }
    List<String> page = new ArrayList<>(Math.min(size, 64));
    long total = 0;
    for (int i = from; i < to; i++) {
      if ((level.isEmpty() || levels[i] == level.get())
          && (needle.isEmpty() || lowerNames[i].contains(needle))) {
        if (total >= offset && page.size() < size) {
          page.add(codes[i]);
        }
        total++;
      }
    }
    return new Found(page, total);
  }

  private int insertionPoint(String key) {
    int at = Arrays.binarySearch(codes, key);
    return at >= 0 ? at : -at - 1;
  }
}
