package id.go.lampungprov.kkb.registration.application.demo;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A synthetic but realistic Lampung registry, the same for the same seed: 15 Kampung KB declared in
 * 2016 (one per regency/city, each its regency's model), 217 by the end of 2017, 417 by the end of
 * 2018 and 461 by 30 April 2019, spread over regencies by their number of villages. Kampung KB
 * Sidodadi (18.07.04.2003) is Lampung Timur's first and the province model. Names and dates are
 * invented; only the region codes are real.
 */
public final class DemoRegistryPlan {

  public static final long SEED = 20_160_613L;
  public static final String SIDODADI = "18.07.04.2003";

  /** One Kampung KB to register. */
  public record Entry(RegionCode village, String name, LocalDate declared, ModelStatus model) {}

  private static final int[][] WAVES = {
    // year, how many, last month of the wave
    {2017, 202, 12}, {2018, 200, 12}, {2019, 44, 4}
  };

  private DemoRegistryPlan() {}

  /**
   * @param villages code → name of every village in the province
   */
  public static List<Entry> plan(SortedMap<String, String> villages, long seed) {
    Random random = new Random(seed);
    Map<String, List<String>> byRegency = new TreeMap<>();
    villages
        .keySet()
        .forEach(
            code ->
                byRegency.computeIfAbsent(code.substring(0, 5), k -> new ArrayList<>()).add(code));
    byRegency.values().forEach(list -> Collections.shuffle(list, random));

    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> used = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> regency : byRegency.entrySet()) {
      List<String> list = regency.getValue();
      if (regency.getKey().equals("18.07")) {
        list.remove(SIDODADI);
        list.add(0, SIDODADI);
      }
      String first = list.get(0);
      ModelStatus model =
          first.equals(SIDODADI) ? ModelStatus.PROVINCE_MODEL : ModelStatus.REGENCY_MODEL;
      entries.add(
          entry(
              villages,
              first,
              LocalDate.of(2016, 1 + random.nextInt(12), 1 + random.nextInt(28)),
              model));
      used.put(regency.getKey(), 1);
    }
    int totalVillages = villages.size();
    for (int[] wave : WAVES) {
      int year = wave[0];
      int count = wave[1];
      List<String> order = new ArrayList<>(byRegency.keySet());
      // Largest remainder: each regency's share of the wave by its share of the villages.
      Map<String, Integer> quota = new LinkedHashMap<>();
      int assigned = 0;
      for (String r : order) {
        int q = (int) Math.floor((double) count * byRegency.get(r).size() / totalVillages);
        quota.put(r, q);
        assigned += q;
      }
      order.sort(
          (a, b) ->
              Double.compare(
                  frac(count, byRegency.get(b).size(), totalVillages),
                  frac(count, byRegency.get(a).size(), totalVillages)));
      for (int i = 0; assigned < count; i++, assigned++) {
        quota.merge(order.get(i % order.size()), 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> q : quota.entrySet()) {
        List<String> list = byRegency.get(q.getKey());
        for (int i = 0; i < q.getValue(); i++) {
          String code = list.get(used.merge(q.getKey(), 1, Integer::sum) - 1);
          LocalDate date = LocalDate.of(year, 1 + random.nextInt(wave[2]), 1 + random.nextInt(28));
          entries.add(entry(villages, code, date, ModelStatus.NONE));
        }
      }
    }
    return entries;
  }

  private static double frac(int count, int size, int total) {
    double share = (double) count * size / total;
    return share - Math.floor(share);
  }

  private static Entry entry(
      SortedMap<String, String> villages, String code, LocalDate date, ModelStatus model) {
    return new Entry(RegionCode.of(code), "Kampung KB " + villages.get(code), date, model);
  }
}
