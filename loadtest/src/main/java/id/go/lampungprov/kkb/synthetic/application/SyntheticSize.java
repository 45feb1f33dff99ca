package id.go.lampungprov.kkb.synthetic.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two sizes of synthetic data, in one place so the documentation, the plan and its test agree.
 * Both have the same ratios: 10 persons and 12 months of figures per Kampung KB, 2.5 events of 20
 * participants each, an assessment for one Kampung KB in four; plus one benchmark event of 3,000.
 */
public enum SyntheticSize {
  LAMPUNG(List.of("18"), 461, 1_150, 115),
  NATIONAL(List.of(), 20_000, 50_000, 5_000);

  /** Pokja members and cadres: every one is a distinct person of the village. */
  public static final int PERSONS_PER_KAMPUNG_KB = 10;

  public static final int MONTHS = 12;
  public static final int PARTICIPANTS_PER_EVENT = 20;

  /** The extra event in Lampung for the Laporan Kegiatan benchmark, all present. */
  public static final int BENCHMARK_PARTICIPANTS = 3_000;

  private final List<String> provinces;
  private final int kampungKb;
  private final int events;
  private final int assessments;

  SyntheticSize(List<String> provinces, int kampungKb, int events, int assessments) {
    this.provinces = provinces;
    this.kampungKb = kampungKb;
    this.events = events;
    this.assessments = assessments;
  }

  /** {@code lampung} or {@code national}, as in {@code KKB_SYNTHETIC_DATA}. */
  public static Optional<SyntheticSize> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip().toUpperCase(Locale.ROOT);
    for (SyntheticSize s : values()) {
      if (s.name().equals(v)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The province codes whose villages are used; empty means every province. */
  public List<String> provinces() {
    return provinces;
  }

  public boolean national() {
    return provinces.isEmpty();
  }

  public int kampungKb() {
    return kampungKb;
  }

  public int persons() {
    return kampungKb * PERSONS_PER_KAMPUNG_KB;
  }

  public int monthlyFigures() {
    return kampungKb * MONTHS;
  }

  /** The regular events, without the benchmark event. */
  public int events() {
    return events;
  }

  /** Participants (each with their attendance) of the regular events. */
  public int participants() {
    return events * PARTICIPANTS_PER_EVENT;
  }

  public int assessments() {
    return assessments;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
