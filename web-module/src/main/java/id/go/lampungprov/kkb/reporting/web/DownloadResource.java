package id.go.lampungprov.kkb.reporting.web;

import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDocumentFacade;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.platform.export.ExportJobs;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.PublicUrl;
import id.go.lampungprov.kkb.reporting.facade.KampungKbProfileFacade;
import id.go.lampungprov.kkb.reporting.facade.ReportFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * What the staff pages download: draft reports and issued documents, the same as the API's, for a
 * user logged in on the pages. Hidden from the API description: it is not part of the API.
 */
@Path("laporan")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
public class DownloadResource {

  @Inject private ReportFacade reports;
  @Inject private EventDocumentFacade events;
  @Inject private AttendanceFacade attendance;
  @Inject private KampungKbProfileFacade profiles;
  @Inject private DocumentFacade documents;
  @Inject private ExportJobs exports;

  /** The file of one of the user's background exports ("Ekspor saya"). */
  @GET
  @Path("ekspor/{id}")
  @Produces({"text/csv", ReportFacade.XLSX})
  public Response export(@PathParam("id") String id, @Context SecurityContext security) {
    return exports.download(id, security.getUserPrincipal().getName());
  }

  @GET
  @Path("rekapitulasi")
  @Produces({"application/pdf", ReportFacade.XLSX})
  public Response recap(
      @QueryParam("region") String region,
      @QueryParam("year") String year,
      @QueryParam("perRegency") boolean perRegency,
      @QueryParam("format") String format) {
    return reports
        .recapFile(reports.recapRequest(region, year, perRegency, null), format)
        .response();
  }

  @GET
  @Path("kampung-kb/{id}/profil")
  @Produces("application/pdf")
  public Response profile(@PathParam("id") String id) {
    long kkb = Params.id("KampungKb", id);
    return draft(profiles.profileDraft(kkb), "profil-kampung-kb-" + kkb);
  }

  @GET
  @Path("kegiatan/{id}/laporan-kegiatan")
  @Produces("application/pdf")
  public Response activityReport(@PathParam("id") String id) {
    long event = Params.id("Event", id);
    return draft(events.activityReportDraft(event), "laporan-kegiatan-" + event);
  }

  @GET
  @Path("kegiatan/{id}/daftar-hadir")
  @Produces("application/pdf")
  public Response attendanceSheet(
      @PathParam("id") String id, @QueryParam("marked") boolean marked) {
    long event = Params.id("Event", id);
    return draft(events.attendanceSheetDraft(event, marked), "daftar-hadir-" + event);
  }

  @GET
  @Path("kegiatan/{id}/qr")
  @Produces("image/png")
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public Response checkInQr(@PathParam("id") String id, @Context UriInfo uriInfo) {
    return Response.ok(
            attendance.checkInQr(Params.id("Event", id), PublicUrl.base(uriInfo)), "image/png")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("dokumen/{id}")
  @Produces("application/pdf")
  public Response issued(@PathParam("id") String id) {
    DocumentDto facts = documents.get(id);
    return new ReportFacade.ReportFile(
            documents.pdf(id), "application/pdf", DocumentFacade.fileName(facts), false)
        .response();
  }

  /** The letterhead logo, for the issuers page (which cannot use the API's logo). */
  @GET
  @Path("penerbit/{code}/logo")
  @Produces({"image/png", "image/jpeg"})
  public Response logo(@PathParam("code") String code) {
    byte[] logo = documents.logo(code).orElseThrow(() -> new EntityNotFoundException("Logo", code));
    return Response.ok(logo, logo[0] == (byte) 0x89 ? "image/png" : "image/jpeg")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** A draft PDF, shown in the browser and never cached. */
  private static Response draft(byte[] pdf, String name) {
    return new ReportFacade.ReportFile(pdf, "application/pdf", name + ".pdf", true).response();
  }
}
