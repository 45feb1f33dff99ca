package id.go.lampungprov.kkb.monitoring.rest;

import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.CatalogueDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.RecapDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresFacade;
import id.go.lampungprov.kkb.monitoring.facade.InpresRecapExport;
import id.go.lampungprov.kkb.platform.export.Exports;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Inpres 3/2022 catalogue and the interventions per target and area. */
@Path("inpres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(
    name = "Inpres 3/2022",
    description = "The Instruction's targets and the interventions tagged to them")
public class InpresResource {

  @Inject private InpresFacade inpres;
  @Inject private InpresRecapExport export;
  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary =
          "The current catalogue of Inpres 3/2022: targets, programmes and activities with their"
              + " codes, indicators and the ministry responsible")
  @APIResponse(
      responseCode = "200",
      description = "The catalogue tree",
      content = @Content(schema = @Schema(implementation = CatalogueDto.class)))
  public CatalogueDto catalogue() {
    return inpres.catalogue();
  }

  @GET
  @Path("recap")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "Interventions of year (default: this one) tagged to each target, programme and"
              + " activity, and the Kampung KB they reached, per area one level below region"
              + " (default: your scope); with format=xlsx or csv as a file")
  @APIResponse(
      responseCode = "200",
      description = "The recap as JSON, or one line per row and area as a file",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecapDto.class)))
  public Response recap(
      @QueryParam("region") String region,
      @QueryParam("year") String year,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format, export, uriInfo.getQueryParameters(), () -> inpres.recap(region, year));
  }
}
