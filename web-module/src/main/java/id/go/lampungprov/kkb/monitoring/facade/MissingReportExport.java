package id.go.lampungprov.kkb.monitoring.facade;

import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.MissingDto;
import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos.ResponsibleDto;
import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The missing reports of a month as a file: the rows of {@code GET /api/reporting-rates/missing}.
 */
@ApplicationScoped
public class MissingReportExport extends ListExport {

  public static final String NAME = "missing-reports";

  private static final List<ExportColumn<MissingDto>> COLUMNS =
      List.of(
          ExportColumn.of("period", MissingDto::period),
          ExportColumn.of("kampungKbId", MissingDto::kampungKbId),
          ExportColumn.of("name", MissingDto::name),
          ExportColumn.of("villageCode", MissingDto::villageCode),
          ExportColumn.of(
              "responsible",
              m ->
                  m.responsible().stream()
                      .map(ResponsibleDto::fullName)
                      .collect(Collectors.joining("; "))),
          ExportColumn.of(
              "responsibleUsernames",
              m ->
                  m.responsible().stream()
                      .map(ResponsibleDto::username)
                      .collect(Collectors.joining("; "))));

  @Inject private ReportingFacade reporting;

  public MissingReportExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("region", "period"));
  }

  @Override
  public ExportTable<MissingDto> table(Map<String, String> f) {
    return new ExportTable<>(
        NAME,
        "Laporan Bulanan Kampung KB yang Belum Masuk",
        f,
        COLUMNS,
        RowSource.paged(
            (page, size) -> reporting.missing(f.get("region"), f.get("period"), page, size)));
  }
}
