package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Kampung KB's cadres, past and present, as a file: the rows of {@code GET
 * /api/kampung-kb/{id}/cadres}; the person as the list shows it (the NIK masked).
 */
@ApplicationScoped
public class CadreExport extends ListExport {

  public static final String NAME = "cadres";

  private static final List<ExportColumn<PositionDtos.CadreDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", PositionDtos.CadreDto::id),
          ExportColumn.of("jenis", PositionDtos.CadreDto::type),
          ExportColumn.of("nama", c -> c.person().fullName()),
          ExportColumn.of("nik", c -> c.person().nik()),
          ExportColumn.of("jenis_kelamin", c -> c.person().sex()),
          ExportColumn.of("telepon", c -> c.person().phone()),
          ExportColumn.of("mulai", c -> Objects.toString(c.termStart(), null)),
          ExportColumn.of("selesai", c -> Objects.toString(c.termEnd(), null)));

  @Inject private PokjaFacade pokja;

  public CadreExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("kampungKb", "current"));
  }

  @Override
  public ExportTable<PositionDtos.CadreDto> table(Map<String, String> f) {
    long kkb = Params.id("KampungKb", f.get("kampungKb"));
    boolean current = Params.flag("current", f.get("current"));
    return new ExportTable<>(
        NAME, "Kader Kampung KB", f, COLUMNS, RowSource.whole(() -> pokja.cadres(kkb, current)));
  }
}
