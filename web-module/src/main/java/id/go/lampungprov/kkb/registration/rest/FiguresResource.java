package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Versions;
import id.go.lampungprov.kkb.registration.facade.FiguresDto;
import id.go.lampungprov.kkb.registration.facade.FiguresExport;
import id.go.lampungprov.kkb.registration.facade.FiguresFacade;
import id.go.lampungprov.kkb.registration.facade.FiguresRequest;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monthly programme figures of one Kampung KB. */
@Path("kampung-kb/{id}/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Kampung KB")
public class FiguresResource {

  private static final String ENTITY = "KampungKb";

  @Inject private FiguresFacade figures;
  @Inject private FiguresExport export;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "All reported months (latest=n: the newest n), oldest first, with derived indicators;"
              + " with format=xlsx or csv as a file")
  public Response history(
      @PathParam("id") String id,
      @QueryParam("latest") String latest,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        Map.of("kampungKb", List.of(id), "latest", Filters.given(latest).stream().toList()),
        () -> figures.history(Params.id(ENTITY, id), Params.integer("latest", latest)));
  }

  @PUT
  @Path("{period}")
  @Operation(
      summary =
          "Report or correct the figures of a month (yyyy-mm); correcting needs If-Match with"
              + " the ETag")
  public Response report(
      @PathParam("id") String id,
      @PathParam("period") String period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull FiguresRequest request) {
    // A new month needs no If-Match (there is nothing to have read); replacing one does.
    boolean onlyNew = ifMatch == null || ifMatch.isBlank();
    FiguresDto saved =
        figures.report(
            Params.id(ENTITY, id), period, Versions.fromIfMatch(ifMatch), onlyNew, request);
    return Answers.tagged(saved);
  }
}
