package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.registration.facade.PokjaExport;
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

/**
 * The Pokja of one Kampung KB. (A root path of its own: a resource at {@code kampung-kb/{id}} would
 * capture every request below it and hide the registry's own {@code {id}} methods.)
 */
@Path("kampung-kb/{id}/pokja")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Kampung KB")
public class PokjaResource {

  private static final String ENTITY = "KampungKb";

  @Inject private PokjaFacade pokja;
  @Inject private PokjaExport export;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "The Pokja members, past and present (current=true: those whose term has not ended);"
              + " with format=xlsx or csv as a file")
  public Response members(
      @PathParam("id") String id,
      @QueryParam("current") String current,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        Map.of("kampungKb", List.of(id), "current", Filters.given(current).stream().toList()),
        () -> pokja.members(Params.id(ENTITY, id), Params.flag("current", current)));
  }

  @POST
  @Operation(summary = "Appoint a registered person to the Pokja")
  public Response addMember(
      @PathParam("id") String id, @Valid @NotNull PositionDtos.MemberRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(pokja.addMember(Params.id(ENTITY, id), request))
        .build();
  }

  @POST
  @Path("{memberId}/end")
  @Operation(summary = "End a Pokja member's term")
  public PositionDtos.Member endMember(
      @PathParam("memberId") String memberId, @Valid @NotNull PositionDtos.TermEnd request) {
    return pokja.endMember(Params.id("PokjaMember", memberId), request.termEnd);
  }
}
