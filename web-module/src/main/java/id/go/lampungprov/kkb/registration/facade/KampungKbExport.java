package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Kampung KB list as a file: the rows of {@code GET /api/kampung-kb} for the same filters. */
@ApplicationScoped
public class KampungKbExport extends ListExport {

  public static final String NAME = "kampung-kb";

  private static final List<ExportColumn<KampungKbDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", KampungKbDto::id),
          ExportColumn.of("nama", KampungKbDto::name),
          ExportColumn.of("kode_desa", KampungKbDto::villageCode),
          ExportColumn.of("desa", k -> k.village() == null ? null : k.village().name()),
          ExportColumn.of("kecamatan", k -> ancestor(k.village(), 2)),
          ExportColumn.of("kabupaten_kota", k -> ancestor(k.village(), 1)),
          ExportColumn.of("provinsi", k -> ancestor(k.village(), 0)),
          ExportColumn.of("cakupan_rw", KampungKbDto::rwCoverage),
          ExportColumn.of("tanggal_pencanangan", k -> text(k.declarationDate())),
          ExportColumn.of("kriteria", k -> String.join(" ", k.criteria())),
          ExportColumn.of("memenuhi_kriteria", k -> k.meetsFormationCriteria() ? "ya" : "tidak"),
          ExportColumn.of("status_model", KampungKbDto::modelStatus),
          ExportColumn.of("status", KampungKbDto::status),
          ExportColumn.of("alasan_nonaktif", KampungKbDto::inactiveReason),
          ExportColumn.of("nonaktif_sejak", k -> text(k.inactiveSince())),
          ExportColumn.of("lintang", KampungKbDto::latitude),
          ExportColumn.of("bujur", KampungKbDto::longitude));

  @Inject private KampungKbFacade registry;

  public KampungKbExport() {
    super(
        NAME,
        Set.of(Role.Names.STAFF),
        List.of("region", "q", "status", "model", "declaredFrom", "declaredTo"));
  }

  @Override
  public ExportTable<KampungKbDto> table(Map<String, String> f) {
    KampungKbFacade.Filter filter =
        new KampungKbFacade.Filter(
            f.get("region"),
            f.get("q"),
            f.get("status"),
            f.get("model"),
            f.get("declaredFrom"),
            f.get("declaredTo"));
    return new ExportTable<>(
        NAME,
        "Daftar Kampung KB",
        f,
        COLUMNS,
        RowSource.paged((page, size) -> registry.search(filter, page, size)));
  }

  /** A village's ancestor by depth (0 province, 1 regency, 2 district), by name. */
  static String ancestor(RegionDto village, int depth) {
    return village == null || village.ancestors().size() <= depth
        ? null
        : village.ancestors().get(depth).name();
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
