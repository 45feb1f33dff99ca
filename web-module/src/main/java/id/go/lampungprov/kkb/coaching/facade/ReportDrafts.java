package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.ReportDraft;
import id.go.lampungprov.kkb.reports.document.ActivityReport;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The report draft of an event (what the officer writes for the Laporan Kegiatan) in requests and
 * answers. Every field is optional: an empty one prints the standard wording, or "-".
 */
public final class ReportDrafts {

  private ReportDrafts() {}

  @Schema(name = "ReportDraftRequest")
  public static class ReportDraftRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = ReportDraft.MAX_PARAGRAPHS)
    @Schema(description = "I.A Umum; empty: the standard background")
    public String background;

    @Size(max = ReportDraft.MAX_PARAGRAPHS)
    @Schema(description = "I.B Maksud dan Tujuan; empty: the standard wording")
    public String purpose;

    @Size(max = ReportDraft.MAX_PARAGRAPHS)
    @Schema(description = "I.C Ruang Lingkup; empty: drawn from the event")
    public String scope;

    @Size(max = ReportDraft.MAX_LONG)
    @Schema(description = "I.D Dasar, one per line; empty: defaultLegalBases")
    public String legalBases;

    @Size(max = ReportDraft.MAX_LONG)
    @Schema(description = "III.B Hambatan/Kendala")
    public String obstacles;

    @Size(max = ReportDraft.MAX_LONG)
    @Schema(description = "III.C Upaya mengatasi hambatan/kendala")
    public String obstacleHandling;

    @Size(max = ReportDraft.MAX_LONG)
    @Schema(description = "IV.A Simpulan; empty: the decisions of the minutes")
    public String conclusions;

    @Size(max = ReportDraft.MAX_LONG)
    @Schema(description = "IV.B Saran")
    public String suggestions;
  }

  /**
   * @param defaultLegalBases what the report cites when {@code legalBases} is empty: the national
   *     regulations of Kampung KB coaching enacted by the event's year and its budget document
   */
  @Schema(name = "ReportDraft")
  public record ReportDraftDto(
      String background,
      String purpose,
      String scope,
      String legalBases,
      String obstacles,
      String obstacleHandling,
      String conclusions,
      String suggestions,
      List<String> defaultLegalBases)
      implements Serializable {}

  static ReportDraft draft(ReportDraftRequest r) {
    return new ReportDraft(
        r.background,
        r.purpose,
        r.scope,
        r.legalBases,
        r.obstacles,
        r.obstacleHandling,
        r.conclusions,
        r.suggestions);
  }

  static ReportDraftDto dto(CoachingEvent e) {
    List<String> defaults =
        ActivityReport.defaultLegalBases(e.schedule().startsAt().toLocalDate(), e.budgetSource());
    ReportDraft d = e.record().reportDraft();
    if (d == null) {
      return new ReportDraftDto(null, null, null, null, null, null, null, null, defaults);
    }
    return new ReportDraftDto(
        d.background(),
        d.purpose(),
        d.scope(),
        d.legalBases(),
        d.obstacles(),
        d.obstacleHandling(),
        d.conclusions(),
        d.suggestions(),
        defaults);
  }
}
