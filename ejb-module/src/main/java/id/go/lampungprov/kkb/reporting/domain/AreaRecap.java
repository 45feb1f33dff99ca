package id.go.lampungprov.kkb.reporting.domain;

import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The recap of an area (the country, a province or one regency): one line per sub-region and the
 * growth of the number of Kampung KB per year. Every figure is derived from records, never typed
 * in.
 *
 * @param areaCode the region code, or {@link #NATIONAL} for the country
 * @param year the year whose new Kampung KB and events are counted
 * @param asOf the day the counts hold on (the end of {@code year}, or today for the current year)
 */
public record AreaRecap(
    String areaCode,
    String areaName,
    Level level,
    int year,
    LocalDate asOf,
    List<Line> lines,
    List<RegistryStatistics.YearCount> growth) {

  /** The code of the whole country, which has none in the Kemendagri scheme. */
  public static final String NATIONAL = "ID";

  /**
   * What the area is; its lines are the level below. A district (lines per village) is only asked
   * for by the public portal's drill-down; the recap documents stop at a regency.
   */
  public enum Level {
    COUNTRY,
    PROVINCE,
    REGENCY,
    DISTRICT;

    /** The level of a page about one of its lines: a province for the country. */
    public Level below() {
      if (this == REGENCY || this == DISTRICT) {
        throw new IllegalStateException("a recap has no pages below a regency's districts");
      }
      return this == COUNTRY ? PROVINCE : REGENCY;
    }
  }

  public boolean province() {
    return level == Level.PROVINCE;
  }

  /** One sub-region; {@code classes} counts active Kampung KB by current class, null = none yet. */
  public record Line(
      String code,
      String name,
      long villages,
      long kampungKb,
      long declaredInYear,
      Map<KampungKbClass, Long> classes,
      long notClassified,
      long coe,
      long events,
      long participants) {

    /** Share of villages that are Kampung KB, in percent with one decimal. */
    public BigDecimal coverage() {
      return villages == 0
          ? BigDecimal.ZERO
          : BigDecimal.valueOf(kampungKb * 100L)
              .divide(BigDecimal.valueOf(villages), 1, RoundingMode.HALF_UP);
    }
  }

  public Line total() {
    Map<KampungKbClass, Long> classes = new EnumMap<>(KampungKbClass.class);
    for (KampungKbClass c : KampungKbClass.values()) {
      classes.put(c, lines.stream().mapToLong(l -> l.classes().getOrDefault(c, 0L)).sum());
    }
    return new Line(
        areaCode,
        "Jumlah",
        lines.stream().mapToLong(Line::villages).sum(),
        lines.stream().mapToLong(Line::kampungKb).sum(),
        lines.stream().mapToLong(Line::declaredInYear).sum(),
        classes,
        lines.stream().mapToLong(Line::notClassified).sum(),
        lines.stream().mapToLong(Line::coe).sum(),
        lines.stream().mapToLong(Line::events).sum(),
        lines.stream().mapToLong(Line::participants).sum());
  }
}
