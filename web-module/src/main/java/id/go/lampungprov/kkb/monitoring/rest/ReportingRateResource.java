package id.go.lampungprov.kkb.monitoring.rest;

import id.go.lampungprov.kkb.monitoring.facade.MissingReportExport;
import id.go.lampungprov.kkb.monitoring.facade.ReportingFacade;
import id.go.lampungprov.kkb.monitoring.facade.ReportingRateExport;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Params;
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

/** Reporting rates and missing reports per area, counted from the figures. */
@Path("reporting-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Reporting cycle")
public class ReportingRateResource {

  @Inject private ReportingFacade reporting;
  @Inject private ReportingRateExport rateExport;
  @Inject private MissingReportExport missingExport;
  @Context private UriInfo uriInfo;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "Expected, received, on time, late and missing reports per area one level below region"
              + " (default: your scope), for the twelve months up to period (default: last month);"
              + " with format=xlsx or csv one line per area and month as a file")
  public Response rates(
      @QueryParam("region") String region,
      @QueryParam("period") String period,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format, rateExport, uriInfo.getQueryParameters(), () -> reporting.rates(region, period));
  }

  @GET
  @Path("missing")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "The Kampung KB of region expected to report period whose figures are not recorded,"
              + " by village code, with the regency operators responsible; paged; with"
              + " format=xlsx or csv every row as a file")
  public Response missing(
      @QueryParam("region") String region,
      @QueryParam("period") String period,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        missingExport,
        uriInfo.getQueryParameters(),
        () ->
            reporting.missing(
                region, period, Params.integer("page", page), Params.integer("size", size)));
  }
}
