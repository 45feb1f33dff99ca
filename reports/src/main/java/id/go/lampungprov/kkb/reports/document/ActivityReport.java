package id.go.lampungprov.kkb.reports.document;

import id.go.lampungprov.kkb.reports.model.AgendaRow;
import id.go.lampungprov.kkb.reports.model.PhotoRow;
import java.time.LocalDate;
import java.util.List;

/**
 * The Laporan Kegiatan of an event, its marked attendance sheet and the photos attached.
 *
 * @param mark null for a draft
 * @param organisers the lead agency first, then those it worked with
 * @param categories present participants by category (its name, e.g. {@code CADRE}), in print order
 * @param healthProtocol may be null
 * @param minutes null when none were taken
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
    List<PhotoRow> photos)
    implements Report {

  public record Official(String name, String position) {}

  public record Count(String category, int count) {}

  /** Both may be null or blank: printed as "-". */
  public record Minutes(String discussion, String decisions) {}

  public record FollowUp(String action, String owner, LocalDate due) {}
}
