package id.go.lampungprov.kkb.registration.facade;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registry counts derived from declaration and deactivation dates. */
@Schema(name = "RegistryStatistics")
public record RegistryStatisticsDto(
    String region, LocalDate asOf, AreaDto total, List<AreaDto> byRegency) {

  /**
   * @param byYear per year: declared in the year, and existing at its end (at asOf for the last)
   */
  @Schema(name = "RegistryAreaCounts")
  public record AreaDto(
      String code, String name, long total, List<YearDto> byYear, Map<String, Long> byModel) {}

  @Schema(name = "RegistryYearCount")
  public record YearDto(int year, long declared, long cumulative) {}
}
