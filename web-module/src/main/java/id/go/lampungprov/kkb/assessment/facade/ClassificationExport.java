package id.go.lampungprov.kkb.assessment.facade;

import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.ClassificationDto;
import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.IndicatorDto;
import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.SummaryDto;
import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The current classifications as a file: the rows of {@code GET /api/classifications} (all pages)
 * for the same filters; each indicator's score and raw value in one column.
 */
@ApplicationScoped
public class ClassificationExport extends ListExport {

  public static final String NAME = "classifications";

  private static final List<ExportColumn<ClassificationDto>> COLUMNS =
      List.of(
          ExportColumn.of("kampung_kb_id", ClassificationDto::kampungKbId),
          ExportColumn.of("kampung_kb", ClassificationDto::kampungKbName),
          ExportColumn.of("kode_desa", ClassificationDto::villageCode),
          ExportColumn.of("klasifikasi", ClassificationDto::kampungKbClass),
          ExportColumn.of("indeks_input", ClassificationDto::inputIndex),
          ExportColumn.of("indeks_proses", ClassificationDto::processIndex),
          ExportColumn.of("indeks_output", ClassificationDto::outputIndex),
          ExportColumn.of("periode_data", ClassificationDto::dataPeriod),
          ExportColumn.of("periode_data_disetujui", ClassificationDto::dataPeriodApproved),
          ExportColumn.of("aturan", ClassificationDto::ruleSetVersion),
          ExportColumn.of("dihitung_pada", c -> Objects.toString(c.computedAt(), null)),
          ExportColumn.of("skor_indikator", ClassificationExport::indicators));

  @Inject private ClassificationFacade classifications;

  public ClassificationExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("region", "class"));
  }

  @Override
  public ExportTable<ClassificationDto> table(Map<String, String> f) {
    return new ExportTable<>(
        NAME,
        "Klasifikasi Kampung KB",
        f,
        COLUMNS,
        RowSource.paged(
            (page, size) -> {
              SummaryDto s = classifications.summary(f.get("region"), f.get("class"), page, size);
              return new PageDto<>(s.content(), s.totalElements(), s.page(), s.size());
            }));
  }

  static String indicators(ClassificationDto c) {
    return c.indicators() == null
        ? null
        : c.indicators().stream()
            .map(ClassificationExport::indicator)
            .collect(Collectors.joining("; "));
  }

  private static String indicator(IndicatorDto i) {
    return i.indicator()
        + "="
        + (i.assessable() ? i.score() : "-")
        + (i.rawValue() == null ? "" : " (" + i.rawValue() + ")");
  }
}
