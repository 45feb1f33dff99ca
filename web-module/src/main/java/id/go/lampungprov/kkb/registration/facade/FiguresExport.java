package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Kampung KB's monthly figures as a file: the rows of {@code GET /api/kampung-kb/{id}/figures},
 * every reported figure (a column per field of {@link Figures}, in its order, named as in the
 * import template) and the derived indicators.
 */
@ApplicationScoped
public class FiguresExport extends ListExport {

  public static final String NAME = "figures";

  private static final List<ExportColumn<FiguresDto>> COLUMNS = columns();

  @Inject private FiguresFacade figures;

  public FiguresExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("kampungKb", "latest"));
  }

  @Override
  public ExportTable<FiguresDto> table(Map<String, String> f) {
    long kkb = Params.id("KampungKb", f.get("kampungKb"));
    Integer latest = Params.integer("latest", f.get("latest"));
    return new ExportTable<>(
        NAME,
        "Data Bulanan Kampung KB",
        f,
        COLUMNS,
        RowSource.whole(() -> figures.history(kkb, latest)));
  }

  private static List<ExportColumn<FiguresDto>> columns() {
    List<ExportColumn<FiguresDto>> columns = new ArrayList<>();
    columns.add(ExportColumn.of("period", FiguresDto::period));
    for (RecordComponent c : Figures.class.getRecordComponents()) {
      columns.add(ExportColumn.of(c.getName(), f -> value(c, f.figures())));
    }
    columns.add(ExportColumn.of("users", FiguresDto::users));
    columns.add(ExportColumn.of("cpr", FiguresDto::cpr));
    columns.add(ExportColumn.of("mkjpShare", FiguresDto::mkjpShare));
    columns.add(ExportColumn.of("unmetNeed", FiguresDto::unmetNeed));
    return List.copyOf(columns);
  }

  private static Object value(RecordComponent component, Figures figures) {
    try {
      return component.getAccessor().invoke(figures);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("a public record accessor", e);
    }
  }
}
