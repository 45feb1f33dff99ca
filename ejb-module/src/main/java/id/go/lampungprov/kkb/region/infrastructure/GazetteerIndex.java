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
