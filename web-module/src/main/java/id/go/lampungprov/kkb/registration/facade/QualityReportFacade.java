package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.QualityReportService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The quality report for the resource, the page and the export alike. */
@ApplicationScoped
public class QualityReportFacade {

  /** One warning of the report (kept by the page's view, hence serializable). */
  @Schema(name = "QualityReportRow")
  public record RowDto(
      long kampungKbId,
      String name,
      String villageCode,
      String period,
      String field,
      @Schema(description = "the rule's stable code, e.g. pus-jump") String rule,
      String message,
      long value,
      long reference)
      implements Serializable {}

  @EJB private QualityReportService service;

  /** The warnings of period (default: last month) in region (default: the caller's scope). */
  public List<RowDto> report(String region, String period) {
    YearMonth month =
        Filters.given(period)
            .map(FiguresFacade::period)
            .orElseGet(() -> YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(1));
    return service
        .report(Filters.given(region).map(r -> RegionCode.parse("region", r)), month)
        .stream()
        .map(
            r ->
                new RowDto(
                    r.kampungKbId(),
                    r.name(),
                    r.villageCode(),
                    r.period().toString(),
                    r.warning().field(),
                    r.warning().rule(),
                    r.warning().message(),
                    r.warning().value(),
                    r.warning().reference()))
        .toList();
  }
}
