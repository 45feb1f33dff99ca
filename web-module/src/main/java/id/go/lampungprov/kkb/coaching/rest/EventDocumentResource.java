package id.go.lampungprov.kkb.coaching.rest;

import id.go.lampungprov.kkb.coaching.facade.EventDocumentFacade;
import id.go.lampungprov.kkb.documents.rest.Issued;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Printable documents of an event, as PDF. */
@Path("events/{id}/documents")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Events")
public class EventDocumentResource {

  @Inject private EventDocumentFacade documents;
  @Context private UriInfo uriInfo;

  /** The event in the path of every request here. */
  @PathParam("id")
  private String eventId;

  @GET
  @Path("daftar-hadir")
  @Produces("application/pdf")
  @Operation(
      summary =
          "Daftar Hadir (A4 PDF): blank signature cells to print before the event, or with"
              + " attendance marks (marked=true)")
  public Response attendanceSheet(@QueryParam("marked") boolean marked) {
    long eventId = event();
    return Answers.inline(
            documents.attendanceSheetDraft(eventId, marked),
            "application/pdf",
            "daftar-hadir-" + eventId + (marked ? "-terisi" : "") + ".pdf")
        .build();
  }

  @POST
  @Path("daftar-hadir")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  @Operation(
      summary =
          "Issue the Daftar Hadir as an official document: numbered, signed, registered, with a QR"
              + " code of its verification page")
  public Response issueAttendanceSheet(
      @QueryParam("marked") boolean marked, @QueryParam("signature") String signature) {
    long eventId = event();
    return Issued.issue(
        uriInfo,
        signature,
        (base, signing) -> documents.issueAttendanceSheet(eventId, marked, base, signing));
  }

  @GET
  @Path("laporan-kegiatan")
  @Produces("application/pdf")
  @Operation(summary = "Laporan Kegiatan as a draft PDF (not numbered, not signed)")
  public Response activityReport() {
    long eventId = event();
    return Answers.inline(
            documents.activityReportDraft(eventId),
            "application/pdf",
            "laporan-kegiatan-" + eventId + ".pdf")
        .build();
  }

  @POST
  @Path("laporan-kegiatan")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  @Operation(
      summary =
          "Issue the Laporan Kegiatan: numbered, signed, registered, with its QR code;"
              + " signature=external issues it unsigned, to be signed with a certified (BSrE)"
              + " certificate elsewhere and uploaded back; signature=bsre into the signatory's"
              + " signing queue (/api/signing-queue)")
  public Response issueActivityReport(@QueryParam("signature") String signature) {
    long eventId = event();
    return Issued.issue(
        uriInfo,
        signature,
        (base, signing) -> documents.issueActivityReport(eventId, base, signing));
  }

  private long event() {
    return Params.id(EventResource.ENTITY, eventId);
  }
}
