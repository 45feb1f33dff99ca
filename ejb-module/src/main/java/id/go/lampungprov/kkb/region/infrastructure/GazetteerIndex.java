package id.go.lampungprov.kkb.region.infrastructure;

import java.util.HashSet;
import java.util.Set;

/**
 * The national district codes, for checks that must work for every province whether loaded or not
 * (a resident registered in Lampung may carry a NIK issued in Java).
 */
public final class GazetteerIndex {

  private static volatile Set<String> districts;

  private GazetteerIndex() {}

  /** The villages of one province from the bundled gazetteer: code → name, ordered by code. */
  public static java.util.SortedMap<String, String> villagesOf(String provinceCode) {
    java.util.SortedMap<String, String> villages = new java.util.TreeMap<>();
    GazetteerCsv.read(
        "villages",
        row -> {
          if (row.get(0).startsWith(provinceCode + ".")) {
            villages.put(row.get(0), row.get(2));
          }
        });
    return villages;
  }

  /** Every village of the bundled gazetteer (all provinces): code → name, ordered by code. */
  public static java.util.SortedMap<String, String> allVillages() {
    java.util.SortedMap<String, String> villages = new java.util.TreeMap<>();
    GazetteerCsv.read("villages", row -> villages.put(row.get(0), row.get(2)));
    return villages;
  }

  public static boolean isDistrict(String code) {
    Set<String> d = districts;
    if (d == null) {
      Set<String> loaded = new HashSet<>();
      GazetteerCsv.read("districts", row -> loaded.add(row.get(0)));
      districts = d = Set.copyOf(loaded);
    }
    return d.contains(code);
  }
}
