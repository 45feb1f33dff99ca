package id.go.lampungprov.kkb.monitoring.facade;

import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.CellDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.RecapDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.RowDto;
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
 * The Inpres recap as a file: the numbers of {@code GET /api/inpres/recap}, one line per target,
 * programme or activity and area, each row's total for the whole area after its areas (under the
 * area's own code), the total over all targets last.
 */
@ApplicationScoped
public class InpresRecapExport extends ListExport {

  public static final String NAME = "inpres-recap";

  /** One cell of the recap, a line of the file. */
  public record Line(int year, RowDto row, String regionCode, String regionName, CellDto cell) {}

  private static final List<ExportColumn<Line>> COLUMNS =
      List.of(
          ExportColumn.of("year", Line::year),
          ExportColumn.of("level", l -> l.row().level()),
          ExportColumn.of("code", l -> l.row().code()),
          ExportColumn.of("name", l -> l.row().name()),
          ExportColumn.of("regionCode", Line::regionCode),
          ExportColumn.of("regionName", Line::regionName),
          ExportColumn.of("interventions", l -> l.cell().interventions()),
          ExportColumn.of("kampungKb", l -> l.cell().kampungKb()));

  @Inject private InpresFacade inpres;

  public InpresRecapExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("region", "year"));
  }

  @Override
  public ExportTable<Line> table(Map<String, String> f) {
    return new ExportTable<>(
        NAME,
        "Intervensi menurut Sasaran Inpres 3/2022",
        f,
        COLUMNS,
        RowSource.whole(() -> lines(inpres.recap(f.get("region"), f.get("year")))));
  }

  static List<Line> lines(RecapDto recap) {
    List<Line> lines = new ArrayList<>();
    List<RowDto> rows = new ArrayList<>(recap.rows());
    rows.add(recap.total());
    for (RowDto row : rows) {
      for (int i = 0; i < recap.areas().size(); i++) {
        var area = recap.areas().get(i);
        lines.add(new Line(recap.year(), row, area.code(), area.name(), row.cells().get(i)));
      }
      lines.add(new Line(recap.year(), row, recap.region(), recap.regionName(), row.total()));
    }
    return lines;
  }
}
