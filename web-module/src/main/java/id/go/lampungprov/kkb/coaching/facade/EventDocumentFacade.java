package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.application.ActivityReportService;
import id.go.lampungprov.kkb.coaching.application.EventDocumentService;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The documents of an event: the Daftar Hadir and the Laporan Kegiatan, as drafts or issued. */
@ApplicationScoped
public class EventDocumentFacade {

  @EJB private EventDocumentService attendanceSheets;
  @EJB private ActivityReportService activityReports;

  public byte[] attendanceSheetDraft(long eventId, boolean marked) {
    return attendanceSheets.attendanceSheet(eventId, marked);
  }

  public DocumentDto issueAttendanceSheet(
      long eventId, boolean marked, String baseUrl, SigningRoute signing) {
    return DocumentFacade.dto(
        attendanceSheets.issueAttendanceSheet(eventId, marked, baseUrl, signing));
  }

  public byte[] activityReportDraft(long eventId) {
    return activityReports.draft(eventId);
  }

  public DocumentDto issueActivityReport(long eventId, String baseUrl, SigningRoute signing) {
    return DocumentFacade.dto(activityReports.issue(eventId, baseUrl, signing));
  }
}
