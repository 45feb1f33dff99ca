package id.go.lampungprov.kkb.monitoring.facade;

import id.go.lampungprov.kkb.platform.facade.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The transfer objects of the reporting cycle. */
public final class ReportingDtos {

  private ReportingDtos() {}

  /** One area's reporting of one month. */
  @Schema(name = "ReportingRate")
  public record RateDto(
      @Schema(example = "2020-05") String period,
      @Schema(description = "the last day figures count as on time (WIB)") LocalDate dueDate,
      @Schema(description = "active Kampung KB declared on or before the month") long expected,
      @Schema(description = "of them, those whose figures of the month are recorded") long received,
      @Schema(description = "received by the due day (or at an unknown time, see docs)")
          long onTime,
      long late,
      long missing,
      @Schema(description = "received of expected, %; absent when nothing is expected")
          BigDecimal rate)
      implements Serializable {}

  /** An area below the one asked, with its twelve months. */
  @Schema(name = "ReportingRateRow")
  public record RateRowDto(String code, String name, List<RateDto> months)
      implements Serializable {}

  /**
   * The rates of an area: a row per area one level below it, the twelve months up to {@code
   * period}, the totals.
   */
  @Schema(name = "ReportingRates")
  public record RateTableDto(
      @Schema(example = "18") String region,
      String regionName,
      @Schema(example = "2020-05") String period,
      @Schema(description = "KKB_REPORT_DUE_DAY: the day of the next month figures are due")
          int dueDay,
      List<String> months,
      List<RateRowDto> rows,
      List<RateDto> totals,
      @Schema(description = "the month's approval per regency of the area (its own, or its rows)")
          List<ReportingMonthDto> approvals)
      implements Serializable {}

  /** A Kampung KB whose figures of a month are missing, and who enters them. */
  @Schema(name = "MissingReport")
  public record MissingDto(
      long kampungKbId,
      String name,
      @Schema(example = "18.07.04.2003") String villageCode,
      String period,
      @Schema(description = "the active regency operators covering its village, nearest first")
          List<ResponsibleDto> responsible)
      implements Serializable {}

  @Schema(name = "ResponsibleOperator")
  public record ResponsibleDto(String username, String fullName, String scope)
      implements Serializable {}

  /** A regency's month: OPEN → SUBMITTED → APPROVED (locked), reopened by the province. */
  @Schema(name = "ReportingMonth")
  public record ReportingMonthDto(
      @Schema(example = "18.07") String regency,
      String regencyName,
      @Schema(example = "2020-05") String period,
      @Schema(enumeration = {"OPEN", "SUBMITTED", "APPROVED"}) String status,
      boolean locked,
      String submittedBy,
      Instant submittedAt,
      String approvedBy,
      Instant approvedAt,
      String reopenedBy,
      Instant reopenedAt,
      String reopenReason,
      @Schema(description = "also sent as ETag; 0 for a month never submitted") long version)
      implements Serializable, Versioned {}

  /** What is missing of one month in the caller's scope (Beranda). */
  public record MonthMissingDto(
      String period, LocalDate dueDate, boolean overdue, long total, List<MissingDto> first)
      implements Serializable {}

  @Schema(name = "ReopenRequest")
  public static class ReasonRequest {
    @NotBlank
    @Size(max = 500)
    public String reason;
  }
}
