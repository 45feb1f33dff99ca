package id.go.lampungprov.kkb.coaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * What is written about a coaching event once it has taken place: the minutes (notulen), the
 * outcome, and the officer's draft of the Laporan Kegiatan. Immutable: a change replaces the whole
 * record, so the event sees every change. Each part is null until written; a record with no part
 * written reads back from the database as null, hence {@link #EMPTY}.
 */
@Embeddable
public class EventRecord {

  static final EventRecord EMPTY = new EventRecord();

  @Embedded private Minutes minutes;

  @Column(length = 4000)
  private String outcome;

  @Embedded private ReportDraft reportDraft;

  protected EventRecord() {
    // for JPA
  }

  private EventRecord(Minutes minutes, String outcome, ReportDraft reportDraft) {
    this.minutes = minutes;
    this.outcome = outcome;
    this.reportDraft = reportDraft;
  }

  EventRecord withMinutes(Minutes minutes, String outcome) {
    return new EventRecord(
        minutes, EventDetails.text("outcome", outcome, 4000, false), reportDraft);
  }

  EventRecord withReportDraft(ReportDraft draft) {
    return new EventRecord(minutes, outcome, draft);
  }

  /** Null until the minutes are recorded; an event is reported only with them. */
  public Minutes minutes() {
    return minutes;
  }

  public String outcome() {
    return outcome;
  }

  /** Null until the officer writes one; each of its parts may be null. */
  public ReportDraft reportDraft() {
    return reportDraft;
  }
}
