package id.go.lampungprov.kkb.synthetic.application;

import id.go.lampungprov.kkb.assessment.domain.AssessmentStage;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStatus;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Which villages become Kampung KB, when they were declared, which are models, how many events each
 * holds and which are assessed: the same for the same size, seed and gazetteer. Kampung KB are
 * spread over provinces by their number of villages (largest remainder), villages drawn at random
 * within each province. The details of each Kampung KB follow from {@link SiteDetails}.
 */
public record SyntheticPlan(
    SyntheticSize size, long seed, List<Site> sites, SiteDetails.BenchmarkEvent benchmark) {

  public static final long DEFAULT_SEED = 2026L;
  static final String BENCHMARK_PROVINCE = "18";

  /** One Kampung KB to register; {@code assessment} is null when it is not assessed. */
  public record Site(
      int index,
      String villageCode,
      String villageName,
      String name,
      LocalDate declared,
      ModelStatus model,
      int events,
      AssessmentStage assessmentStage,
      AssessmentStatus assessmentStatus) {

    public String provinceCode() {
      return villageCode.substring(0, 2);
    }

    public String regencyCode() {
      return villageCode.substring(0, 5);
    }
  }

  public SyntheticPlan {
    sites = List.copyOf(sites);
  }

  /**
   * @param villages code → name of the villages to choose from (at least those of the size's
   *     provinces; others are ignored)
   */
  public static SyntheticPlan of(
      SyntheticSize size, long seed, SortedMap<String, String> villages) {
    Random random = new Random(seed);
    Map<String, List<String>> byProvince = new TreeMap<>();
    for (String code : villages.keySet()) {
      String province = code.substring(0, 2);
      if (size.national() || size.provinces().contains(province)) {
        byProvince.computeIfAbsent(province, p -> new ArrayList<>()).add(code);
      }
    }
    Map<String, Integer> quota = quotas(size.kampungKb(), byProvince);
    List<Site> drafts = new ArrayList<>();
    for (Map.Entry<String, List<String>> province : byProvince.entrySet()) {
      List<String> shuffled = new ArrayList<>(province.getValue());
      Collections.shuffle(shuffled, random);
      Set<String> regenciesWithModel = new HashSet<>();
      List<String> chosen = shuffled.subList(0, quota.get(province.getKey()));
      for (int i = 0; i < chosen.size(); i++) {
        String code = chosen.get(i);
        ModelStatus model =
            i == 0
                ? ModelStatus.PROVINCE_MODEL
                : regenciesWithModel.contains(code.substring(0, 5))
                    ? ModelStatus.NONE
                    : ModelStatus.REGENCY_MODEL;
        regenciesWithModel.add(code.substring(0, 5));
        // Models were declared first, in 2016; the rest until 2024.
        int year = model == ModelStatus.NONE ? 2016 + random.nextInt(9) : 2016;
        LocalDate declared = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String name = "Kampung KB " + villages.get(code);
        drafts.add(new Site(0, code, villages.get(code), name, declared, model, 0, null, null));
      }
    }
    drafts.sort(Comparator.comparing(Site::villageCode));
    int[] events = spread(size.events(), drafts.size(), random);
    List<Integer> assessed = IntStream.range(0, drafts.size()).boxed().toList();
    assessed = new ArrayList<>(assessed);
    Collections.shuffle(assessed, random);
    Map<Integer, Integer> assessmentOrder = new TreeMap<>();
    for (int i = 0; i < size.assessments(); i++) {
      assessmentOrder.put(assessed.get(i), i);
    }
    List<Site> sites = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Site d = drafts.get(i);
      AssessmentStage stage = null;
      AssessmentStatus status = null;
      if (assessmentOrder.containsKey(i)) {
        stage = random.nextInt(5) == 0 ? AssessmentStage.PROVINCE : AssessmentStage.REGENCY;
        status = status(random.nextInt(20));
      }
      sites.add(
          new Site(
              i,
              d.villageCode(),
              d.villageName(),
              d.name(),
              d.declared(),
              d.model(),
              events[i],
              stage,
              status));
    }
    Site host =
        sites.stream()
            .filter(s -> s.provinceCode().equals(BENCHMARK_PROVINCE))
            .filter(s -> s.model() == ModelStatus.PROVINCE_MODEL)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no Kampung KB in Lampung"));
    return new SyntheticPlan(size, seed, sites, SiteDetails.benchmark(host, seed));
  }

  /** Half approved, the rest spread over the earlier workflow states. */
  private static AssessmentStatus status(int draw) {
    if (draw < 10) {
      return AssessmentStatus.APPROVED;
    }
    if (draw < 13) {
      return AssessmentStatus.VERIFIED;
    }
    return draw < 16 ? AssessmentStatus.SUBMITTED : AssessmentStatus.DRAFT;
  }

  /** Each province's share of {@code total} by its share of the villages, largest remainder. */
  static Map<String, Integer> quotas(int total, Map<String, List<String>> byProvince) {
    long villages = byProvince.values().stream().mapToLong(List::size).sum();
    if (villages < total) {
      throw new IllegalArgumentException(
          "only " + villages + " villages for " + total + " Kampung KB");
    }
    Map<String, Integer> quota = new TreeMap<>();
    Map<String, Double> remainder = new TreeMap<>();
    int assigned = 0;
    for (Map.Entry<String, List<String>> p : byProvince.entrySet()) {
      double share = (double) total * p.getValue().size() / villages;
      quota.put(p.getKey(), (int) Math.floor(share));
      remainder.put(p.getKey(), share - Math.floor(share));
      assigned += (int) Math.floor(share);
    }
    List<String> order = new ArrayList<>(remainder.keySet());
    order.sort(Comparator.comparing((String p) -> remainder.get(p)).reversed());
    for (int i = 0; assigned < total; i++, assigned++) {
      quota.merge(order.get(i % order.size()), 1, Integer::sum);
    }
    return quota;
  }

  /** {@code total} spread over {@code n}: everyone gets the floor, random ones one more. */
  static int[] spread(int total, int n, Random random) {
    int[] counts = new int[n];
    java.util.Arrays.fill(counts, total / n);
    List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    Collections.shuffle(order, random);
    for (int i = 0; i < total % n; i++) {
      counts[order.get(i)]++;
    }
    return counts;
  }

  /** The site hosting the benchmark event. */
  public Site benchmarkHost() {
    return benchmark.host();
  }

  /** The regular events, as planned. */
  public int events() {
    return sites.stream().mapToInt(Site::events).sum();
  }

  public long assessments() {
    return sites.stream().filter(s -> s.assessmentStatus() != null).count();
  }

  /** Start of the benchmark event, also used to keep regular events off that day. */
  static final LocalDateTime BENCHMARK_START = LocalDateTime.of(2025, 7, 1, 8, 0);
}
