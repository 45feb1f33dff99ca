package id.go.lampungprov.kkb.registration.facade;

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

/**
 * The people in the caller's scope as a file: the rows of {@code GET /api/persons} for the same
 * filters, each person as the list shows it (the NIK masked, as in every answer; the full NIK only
 * through the audited {@code GET /api/persons/{id}/nik}).
 */
@ApplicationScoped
public class PersonExport extends ListExport {

  public static final String NAME = "persons";

  private static final List<ExportColumn<PersonDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", PersonDto::id),
          ExportColumn.of("nama", PersonDto::fullName),
          ExportColumn.of("nik", PersonDto::nik),
          ExportColumn.of("jenis_kelamin", PersonDto::sex),
          ExportColumn.of("telepon", PersonDto::phone),
          ExportColumn.of("nip", PersonDto::nip),
          ExportColumn.of("kode_desa", PersonDto::villageCode),
          ExportColumn.of("dihapus", p -> p.erased() ? "ya" : "tidak"));

  @Inject private PersonFacade people;

  public PersonExport() {
    super(NAME, Set.of(Role.Names.STAFF), PersonFacade.Filter.NAMES);
  }

  @Override
  public ExportTable<PersonDto> table(Map<String, String> f) {
    PersonFacade.Filter filter = PersonFacade.Filter.of(f);
    return new ExportTable<>(
        NAME,
        "Daftar Orang",
        f,
        COLUMNS,
        RowSource.paged((page, size) -> people.search(filter, page, size)));
  }
}
