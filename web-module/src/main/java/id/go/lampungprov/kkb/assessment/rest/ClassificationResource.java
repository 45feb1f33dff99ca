package id.go.lampungprov.kkb.assessment.rest;

import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.ClassificationDto;
import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.SummaryDto;
import id.go.lampungprov.kkb.assessment.facade.ClassificationExport;
import id.go.lampungprov.kkb.assessment.facade.ClassificationFacade;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Classes of Kampung KB (Dasar, Berkembang, Mandiri, Berkelanjutan), computed from profile, figures
 * and interventions by the versioned rule set, each with its explanation.
 */
@Path("classifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Classification", description = "Automatic classification of Kampung KB")
public class ClassificationResource {

  @Inject private ClassificationFacade classifications;
  @Inject private ClassificationExport export;
  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary =
          "Counts per class in the area and per regency, and a page of the current"
              + " classifications with their explanations (filter class=)")
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @APIResponse(
      responseCode = "200",
      description =
          "The counts and one page (ClassificationSummary), or with format=xlsx or csv every"
              + " matching classification as a file",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SummaryDto.class)))
  public Response summary(
      @QueryParam("region") String region,
      @QueryParam("class") String kampungKbClass,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        uriInfo.getQueryParameters(),
        () -> {
          SummaryDto summary =
              classifications.summary(
                  region,
                  kampungKbClass,
                  Params.integer("page", page),
                  Params.integer("size", size));
          return summary;
        });
  }

  @GET
  @Path("{kampungKbId}")
  @Operation(
      summary = "The current class of one Kampung KB: indicator → value → score → index → class")
  public ClassificationDto current(@PathParam("kampungKbId") String kampungKbId) {
    return classifications.current(Params.id("KampungKb", kampungKbId));
  }

  @GET
  @Path("{kampungKbId}/history")
  @Operation(summary = "Every classification of one Kampung KB, newest first")
  public List<ClassificationDto> history(@PathParam("kampungKbId") String kampungKbId) {
    return classifications.history(Params.id("KampungKb", kampungKbId));
  }
}
