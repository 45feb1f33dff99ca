package id.go.lampungprov.kkb.assessment.facade;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.ConsolidatedDto;
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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * COE assessments with their scores as a file: the rows of {@code GET /api/assessments}; the
 * consolidated level of every indicator in one column ({@code indicator=level×weight; …}).
 */
@ApplicationScoped
public class AssessmentExport extends ListExport {

  public static final String NAME = "assessments";

  private static final List<ExportColumn<AssessmentDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", AssessmentDto::id),
          ExportColumn.of("kampung_kb_id", AssessmentDto::kampungKbId),
          ExportColumn.of("kampung_kb", AssessmentDto::kampungKbName),
          ExportColumn.of("kode_desa", AssessmentDto::villageCode),
          ExportColumn.of("instrumen", AssessmentDto::instrument),
          ExportColumn.of("periode", AssessmentDto::period),
          ExportColumn.of("tahap", AssessmentDto::stage),
          ExportColumn.of("status", AssessmentDto::status),
          ExportColumn.of("tim", a -> a.team().size()),
          ExportColumn.of("telaah_dokumen", a -> Objects.toString(a.paperReviewDate(), null)),
          ExportColumn.of("wawancara", a -> Objects.toString(a.interviewDate(), null)),
          ExportColumn.of("kunjungan_lapangan", a -> Objects.toString(a.fieldVisitDate(), null)),
          ExportColumn.of("nilai_total", AssessmentDto::total),
          ExportColumn.of("kategori", AssessmentDto::category),
          ExportColumn.of("nilai_per_indikator", AssessmentExport::scores));

  /**
   * The filters of the list and of the page "Penilaian": part of the name, period, stage, status.
   */
  public static final List<String> FILTERS = List.of("q", "period", "stage", "status");

  @Inject private AssessmentFacade assessments;

  public AssessmentExport() {
    super(NAME, Set.of(Role.Names.STAFF), FILTERS);
  }

  @Override
  public ExportTable<AssessmentDto> table(Map<String, String> f) {
    return new ExportTable<>(
        NAME,
        "Penilaian COE",
        f,
        COLUMNS,
        RowSource.paged(
            (page, size) ->
                assessments.search(
                    f.get("q"), f.get("period"), f.get("stage"), f.get("status"), page, size)));
  }

  /** Every row for these filters, for the JSON list: exactly the rows of the file. */
  public List<AssessmentDto> rows(Map<String, String> f) {
    RowSource<AssessmentDto> rows = table(f).rows();
    List<AssessmentDto> all = new ArrayList<>();
    for (List<AssessmentDto> chunk = rows.next(); !chunk.isEmpty(); chunk = rows.next()) {
      all.addAll(chunk);
    }
    return all;
  }

  static String scores(AssessmentDto a) {
    return a.consolidated() == null
        ? null
        : a.consolidated().stream().map(AssessmentExport::score).collect(Collectors.joining("; "));
  }

  private static String score(ConsolidatedDto c) {
    Object level = c.consensusLevel() != null ? c.consensusLevel() : c.level();
    return c.indicator() + "=" + level + "×" + c.weight();
  }
}
