package id.go.lampungprov.kkb.monitoring.facade;

import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.RateDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.RateTableDto;
import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reporting rates as a file: the numbers of {@code GET /api/reporting-rates}, one line per area
 * and month (the totals of the area last, under its own code).
 */
@ApplicationScoped
public class ReportingRateExport extends ListExport {

  public static final String NAME = "reporting-rates";

  /** An area's rate of one month, a line of the file. */
  public record Line(String code, String name, RateDto rate) {}

  private static final List<ExportColumn<Line>> COLUMNS =
      List.of(
          ExportColumn.of("regionCode", Line::code),
          ExportColumn.of("regionName", Line::name),
          ExportColumn.of("period", l -> l.rate().period()),
          ExportColumn.of("dueDate", l -> l.rate().dueDate()),
          ExportColumn.of("expected", l -> l.rate().expected()),
          ExportColumn.of("received", l -> l.rate().received()),
          ExportColumn.of("onTime", l -> l.rate().onTime()),
          ExportColumn.of("late", l -> l.rate().late()),
          ExportColumn.of("missing", l -> l.rate().missing()),
          ExportColumn.of("ratePercent", l -> l.rate().rate()));

  @Inject private ReportingFacade reporting;

  public ReportingRateExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("region", "period"));
  }

  @Override
  public ExportTable<Line> table(Map<String, String> f) {
    return new ExportTable<>(
        NAME,
        "Kelengkapan Laporan Bulanan Kampung KB",
        f,
        COLUMNS,
        RowSource.whole(() -> lines(reporting.rates(f.get("region"), f.get("period")))));
  }

  private static List<Line> lines(RateTableDto table) {
    List<Line> lines = new ArrayList<>();
    table.rows().forEach(r -> r.months().forEach(m -> lines.add(new Line(r.code(), r.name(), m))));
    table.totals().forEach(m -> lines.add(new Line(table.region(), table.regionName(), m)));
    return lines;
  }
}
