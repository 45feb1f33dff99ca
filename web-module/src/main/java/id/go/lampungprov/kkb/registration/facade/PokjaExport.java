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
 * A Kampung KB's Pokja members, past and present, as a file: the rows of {@code GET
 * /api/kampung-kb/{id}/pokja}; the person as the list shows it (the NIK masked).
 */
@ApplicationScoped
public class PokjaExport extends ListExport {

  public static final String NAME = "pokja";

  private static final List<ExportColumn<PositionDtos.Member>> COLUMNS =
      List.of(
          ExportColumn.of("id", PositionDtos.Member::id),
          ExportColumn.of("jabatan", PositionDtos.Member::role),
          ExportColumn.of("nama", m -> m.person().fullName()),
          ExportColumn.of("nik", m -> m.person().nik()),
          ExportColumn.of("jenis_kelamin", m -> m.person().sex()),
          ExportColumn.of("telepon", m -> m.person().phone()),
          ExportColumn.of("mulai", m -> Objects.toString(m.termStart(), null)),
          ExportColumn.of("selesai", m -> Objects.toString(m.termEnd(), null)),
          ExportColumn.of("terlatih", m -> m.trained() ? "ya" : "tidak"));

  @Inject private PokjaFacade pokja;

  public PokjaExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("kampungKb", "current"));
  }

  @Override
  public ExportTable<PositionDtos.Member> table(Map<String, String> f) {
    long kkb = Params.id("KampungKb", f.get("kampungKb"));
    boolean current = Params.flag("current", f.get("current"));
    return new ExportTable<>(
        NAME, "Anggota Pokja", f, COLUMNS, RowSource.whole(() -> pokja.members(kkb, current)));
  }
}
