package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.registration.facade.QualityReportFacade.RowDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The quality report as a file: the rows of {@code GET /api/quality}. */
@ApplicationScoped
public class QualityReportExport extends ListExport {

  public static final String NAME = "quality";

  private static final List<ExportColumn<RowDto>> COLUMNS =
      List.of(
          ExportColumn.of("kampungKbId", RowDto::kampungKbId),
          ExportColumn.of("name", RowDto::name),
          ExportColumn.of("villageCode", RowDto::villageCode),
          ExportColumn.of("period", RowDto::period),
          ExportColumn.of("field", RowDto::field),
          ExportColumn.of("rule", RowDto::rule),
          ExportColumn.of("message", RowDto::message),
          ExportColumn.of("value", RowDto::value),
          ExportColumn.of("reference", RowDto::reference));

  @Inject private QualityReportFacade quality;

  public QualityReportExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("region", "period"));
  }

  @Override
  public ExportTable<RowDto> table(Map<String, String> f) {
    return new ExportTable<>(
        NAME,
        "Kualitas Data Laporan Bulanan Kampung KB",
        f,
        COLUMNS,
        RowSource.whole(() -> quality.report(f.get("region"), f.get("period"))));
  }
}
