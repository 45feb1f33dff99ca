package id.go.lampungprov.kkb.reports.document;

import id.go.lampungprov.kkb.reports.model.AgendaRow;
import id.go.lampungprov.kkb.reports.model.PhotoRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Laporan Kegiatan of an event, its marked attendance sheet and the photos attached. It reads
 * as an official report (laporan pelaksanaan kegiatan): introduction (general, purpose, scope,
 * legal bases), what was done, what was achieved with the obstacles met, conclusions and
 * suggestions, closing, signature.
 *
 * @param mark null for a draft
 * @param organisers the lead agency first, then those it worked with
 * @param categories present participants by category (its name, e.g. {@code CADRE}), in print order
 * @param healthProtocol may be null
 * @param minutes null when none were taken
 * @param targets the names of the Kampung KB the event was for
 * @param budgetSource may be null
 * @param draft what the officer wrote for the sections the event records nothing for
 */
public record ActivityReport(
    Letterhead letterhead,
    IssueMark mark,
    Signature signature,
    EventFacts event,
    List<String> organisers,
    List<Official> officials,
    AttendanceSheet.Totals totals,
    List<Count> categories,
    String healthProtocol,
    String outcome,
    Minutes minutes,
    List<FollowUp> followUps,
    List<AgendaRow> agenda,
    AttendanceSheet attendance,
    List<PhotoRow> photos,
    List<String> targets,
    String budgetSource,
    Draft draft)
    implements Report {

  public record Official(String name, String position) {}

  public record Count(String category, int count) {}

  /** Both may be null or blank: printed as "-". */
  public record Minutes(String discussion, String decisions) {}

  public record FollowUp(String action, String owner, LocalDate due) {}

  /**
   * Each part may be null: the report prints its standard wording (background, purpose, scope,
   * legal bases) or "-" (obstacles, their handling, suggestions; conclusions fall back to the
   * decisions of the minutes).
   *
   * @param legalBases one per entry; empty for the standard list of {@link #defaultLegalBases}
   */
  public record Draft(
      String background,
      String purpose,
      String scope,
      List<String> legalBases,
      String obstacles,
      String obstacleHandling,
      String conclusions,
      String suggestions) {

    public static final Draft EMPTY =
        new Draft(null, null, null, List.of(), null, null, null, null);

    public Draft {
      legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }
  }

  /** A regulation with the year it was enacted, so an event never cites a later one. */
  private record Basis(int year, String title) {}

  private static final List<Basis> STANDARD_BASES =
      List.of(
          new Basis(
              2009,
              "Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan"
                  + " Pembangunan Keluarga"),
          new Basis(
              2014,
              "Peraturan Pemerintah Nomor 87 Tahun 2014 tentang Perkembangan Kependudukan dan"
                  + " Pembangunan Keluarga, Keluarga Berencana, dan Sistem Informasi Keluarga"),
          new Basis(
              2021, "Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting"),
          new Basis(
              2022,
              "Instruksi Presiden Nomor 3 Tahun 2022 tentang Optimalisasi Penyelenggaraan Kampung"
                  + " Keluarga Berkualitas"));

  /**
   * The legal bases of Kampung KB coaching an officer starts from: the national regulations enacted
   * by the event's year (by year only: an officer checks the list of an event in a year of
   * enactment) and, when the event names its budget, the budget document of that year.
   */
  public static List<String> defaultLegalBases(LocalDate day, String budgetSource) {
    List<String> bases = new ArrayList<>();
    for (Basis b : STANDARD_BASES) {
      if (b.year() <= day.getYear()) {
        bases.add(b.title());
      }
    }
    if (budgetSource != null && !budgetSource.isBlank()) {
      bases.add(
          "Dokumen Pelaksanaan Anggaran (DPA) "
              + budgetSource.strip()
              + " Tahun Anggaran "
              + day.getYear());
    }
    return List.copyOf(bases);
  }
}
