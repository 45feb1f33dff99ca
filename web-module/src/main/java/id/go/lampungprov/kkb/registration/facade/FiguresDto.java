package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.facade.Versioned;
import id.go.lampungprov.kkb.registration.domain.Figures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One month's figures with the indicators derived from them. A derived value is absent, and its
 * {@code …Assessable} flag false, when its denominator is zero: missing data never scores.
 */
@Schema(name = "MonthlyFigures")
public record FiguresDto(
    String period,
    Figures figures,
    int users,
    @Schema(description = "contraceptive prevalence, % of PUS") BigDecimal cpr,
    @Schema(description = "MKJP share of users, %") BigDecimal mkjpShare,
    @Schema(description = "(IAT + TIAL) / PUS, %") BigDecimal unmetNeed,
    boolean cprAssessable,
    boolean unmetNeedAssessable,
    @Schema(description = "when the month was first recorded; absent for old rows of unknown time")
        Instant reportedAt,
    long version,
    @Schema(description = "the quality warnings this save raised; empty in lists")
        List<QualityWarningDto> warnings)
    implements Versioned {

  public FiguresDto {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
