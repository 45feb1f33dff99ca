package id.go.lampungprov.kkb.reports.document;

import id.go.lampungprov.kkb.reports.model.ScoreRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Berita Acara Penilaian with the Hasil Penilaian COE.
 *
 * @param mark null for a draft
 * @param place the village and the regions above it, nearest first
 * @param category the category's name, e.g. {@code COE}
 * @param weakIndicators titles of the indicators to improve; none: keep up the good practice
 */
public record AssessmentMinutes(
    Letterhead letterhead,
    IssueMark mark,
    LocalDate day,
    boolean regencyStage,
    String kampungKb,
    List<String> place,
    String period,
    String instrument,
    int revision,
    BigDecimal total,
    String category,
    List<Agreement> agreements,
    List<String> weakIndicators,
    List<Assessor> team,
    List<ScoreRow> scores)
    implements Report {

  /** A level the team agreed on where the assessors' scores differed. */
  public record Agreement(String indicator, String level, String reason) {}

  public record Assessor(String name, boolean chair) {}
}
