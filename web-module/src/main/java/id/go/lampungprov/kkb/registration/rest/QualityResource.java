package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.registration.facade.QualityReportExport;
import id.go.lampungprov.kkb.registration.facade.QualityReportFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The data-quality report: the warnings of the quality rules on a month's figures. */
@Path("quality")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Programme figures")
public class QualityResource {

  @Inject private QualityReportFacade quality;
  @Inject private QualityReportExport export;
  @Context private UriInfo uriInfo;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "The quality warnings on the figures of period (yyyy-mm, default last month) of the"
              + " Kampung KB in region (default: your scope), one row per warning naming the"
              + " rule; with format=xlsx or csv as a file")
  public Response report(
      @QueryParam("region") String region,
      @QueryParam("period") String period,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format, export, uriInfo.getQueryParameters(), () -> quality.report(region, period));
  }
}
