package id.go.lampungprov.kkb.assessment.facade;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Classifications in answers. */
public final class ClassificationDtos {

  private ClassificationDtos() {}

  @Schema(name = "IndicatorResult")
  public record IndicatorDto(
      String index,
      String indicator,
      String rawValue,
      @Schema(description = "1–4; null when not assessable") Integer score,
      boolean assessable,
      String note) {}

  @Schema(name = "Classification")
  public record ClassificationDto(
      long kampungKbId,
      String kampungKbName,
      String villageCode,
      @Schema(enumeration = {"DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN"})
          String kampungKbClass,
      BigDecimal inputIndex,
      BigDecimal processIndex,
      BigDecimal outputIndex,
      @Schema(description = "the month of figures the result used") String dataPeriod,
      @Schema(
              description =
                  "whether that month was approved (locked) in the Kampung KB's regency; false"
                      + " while open or submitted, or without a month")
          boolean dataPeriodApproved,
      String ruleSetVersion,
      LocalDateTime computedAt,
      boolean current,
      List<IndicatorDto> indicators) {}

  @Schema(name = "ClassificationSummary")
  public record SummaryDto(
      String region,
      String ruleSetVersion,
      Map<String, Long> counts,
      Map<String, Map<String, Long>> byRegency,
      List<ClassificationDto> content,
      long totalElements,
      int page,
      int size) {}
}
