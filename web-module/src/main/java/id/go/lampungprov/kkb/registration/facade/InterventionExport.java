package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.InterventionDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Interventions as a file: the rows of {@code GET /api/interventions} for the same filters. */
@ApplicationScoped
public class InterventionExport extends ListExport {

  public static final String NAME = "interventions";

  private static final List<ExportColumn<InterventionDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", InterventionDto::id),
          ExportColumn.of("kampung_kb_id", InterventionDto::kampungKbId),
          ExportColumn.of("kampung_kb", InterventionDto::kampungKbName),
          ExportColumn.of("kode_desa", InterventionDto::villageCode),
          ExportColumn.of("tanggal", i -> Objects.toString(i.date(), null)),
          ExportColumn.of("judul", InterventionDto::title),
          ExportColumn.of("instansi", i -> i.agency() == null ? null : i.agency().name()),
          ExportColumn.of("fungsi_keluarga", InterventionDto::familyFunction),
          ExportColumn.of("sasaran", i -> String.join(" ", i.targetGroups())),
          ExportColumn.of("uraian", InterventionDto::description),
          ExportColumn.of("hasil", InterventionDto::outcome),
          ExportColumn.of("foto", i -> i.photos().size()));

  @Inject private InterventionFacade interventions;

  public InterventionExport() {
    super(
        NAME,
        Set.of(Role.Names.STAFF),
        List.of("region", "kampungKb", "agency", "familyFunction", "from", "to"));
  }

  @Override
  public ExportTable<InterventionDto> table(Map<String, String> f) {
    Long kkb = f.containsKey("kampungKb") ? Params.id("KampungKb", f.get("kampungKb")) : null;
    InterventionFacade.Filter filter =
        new InterventionFacade.Filter(
            f.get("region"),
            kkb,
            f.get("agency"),
            f.get("familyFunction"),
            f.get("from"),
            f.get("to"));
    return new ExportTable<>(
        NAME,
        "Daftar Intervensi Lintas Sektor",
        f,
        COLUMNS,
        RowSource.paged((page, size) -> interventions.search(filter, page, size)));
  }
}
