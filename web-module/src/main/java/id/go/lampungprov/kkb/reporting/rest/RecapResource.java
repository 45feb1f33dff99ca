package id.go.lampungprov.kkb.reporting.rest;

import id.go.lampungprov.kkb.documents.rest.Issued;
import id.go.lampungprov.kkb.reporting.application.RecapDocumentService;
import id.go.lampungprov.kkb.reporting.facade.RecapDownloads;
import id.go.lampungprov.kkb.reporting.facade.ReportFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Rekapitulasi Provinsi (or of one regency): PDF, XLSX, issued. */
@Path("reports/rekapitulasi")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Reports", description = "Recaps and profiles as official documents")
public class RecapResource {

  @Inject private ReportFacade reports;
  @Inject private RecapDownloads downloads;
  @Context private UriInfo uriInfo;

  // The draft and the issued recap are asked for the same way, so the resource reads it once.
  @QueryParam("region")
  private String region;

  @QueryParam("year")
  private String year;

  @QueryParam("perRegency")
  private boolean perRegency;

  @QueryParam("issuer")
  private String issuer;

  @GET
  @Produces({"application/pdf", ReportFacade.XLSX})
  @Operation(
      summary =
          "The recap as a draft PDF (format=pdf, default) or XLSX (format=xlsx): per regency the"
              + " villages, Kampung KB, coverage, new in the year, classes, COE, events and"
              + " participants; growth chart; perRegency=true adds a page per regency. The ETag"
              + " changes with any change of the data: send it as If-None-Match to get 304 while"
              + " the copy you hold is current")
  public Response recap(
      @QueryParam("format") String format,
      @HeaderParam("If-None-Match") String ifNoneMatch,
      @HeaderParam("Cache-Control") String cacheControl) {
    return downloads.recap(request(), format, ifNoneMatch, cacheControl);
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  @Operation(
      summary =
          "Issue the recap: numbered, signed (or signature=external, or signature=bsre into the"
              + " signatory's signing queue), registered")
  public Response issue(@QueryParam("signature") String signature) {
    RecapDocumentService.Request request = request();
    return Issued.issue(
        uriInfo, signature, (base, signing) -> reports.issueRecap(request, base, signing));
  }

  private RecapDocumentService.Request request() {
    return reports.recapRequest(region, year, perRegency, issuer);
  }
}
