package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.registration.facade.CadreExport;
import id.go.lampungprov.kkb.registration.facade.PokjaFacade;
import id.go.lampungprov.kkb.registration.facade.PositionDtos;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cadres (kader) of one Kampung KB. */
@Path("kampung-kb/{id}/cadres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Kampung KB")
public class CadreResource {

  private static final String ENTITY = "KampungKb";

  @Inject private PokjaFacade pokja;
  @Inject private CadreExport export;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "The cadres, past and present (current=true: those whose term has not ended); with"
              + " format=xlsx or csv as a file")
  public Response cadres(
      @PathParam("id") String id,
      @QueryParam("current") String current,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        Map.of("kampungKb", List.of(id), "current", Filters.given(current).stream().toList()),
        () -> pokja.cadres(Params.id(ENTITY, id), Params.flag("current", current)));
  }

  @POST
  @Operation(summary = "Register a person as a cadre of the Kampung KB")
  public Response addCadre(
      @PathParam("id") String id, @Valid @NotNull PositionDtos.CadreRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(pokja.addCadre(Params.id(ENTITY, id), request))
        .build();
  }

  @POST
  @Path("{cadreId}/end")
  @Operation(summary = "End a cadre's term (the cadre stays in the history)")
  public PositionDtos.CadreDto endCadre(
      @PathParam("cadreId") String cadreId, @Valid @NotNull PositionDtos.TermEnd request) {
    return pokja.endCadre(Params.id("Cadre", cadreId), request.termEnd);
  }
}
