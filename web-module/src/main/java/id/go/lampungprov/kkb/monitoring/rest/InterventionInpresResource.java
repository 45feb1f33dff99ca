package id.go.lampungprov.kkb.monitoring.rest;

import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.TagsDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.TagsRequest;
import id.go.lampungprov.kkb.monitoring.facade.InpresFacade;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Versions;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An intervention's Inpres tags, below the intervention's own address: the intervention belongs to
 * registration, its tags to monitoring (docs/boundaries.md).
 */
@Path("interventions/{id}/inpres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Inpres 3/2022")
public class InterventionInpresResource {

  private static final String ENTITY = "Intervention";

  @Inject private InpresFacade inpres;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Operation(
      summary = "The Inpres activities the intervention is tagged to; the ETag is their version")
  @APIResponse(
      responseCode = "200",
      description = "The tags (none yet: an empty list at version 0)",
      content = @Content(schema = @Schema(implementation = TagsDto.class)))
  public Response get(@PathParam("id") String id) {
    return Answers.tagged(inpres.tags(Params.id(ENTITY, id)));
  }

  @PUT
  @Operation(
      summary =
          "Replace the intervention's tags with these activity codes of the current catalogue;"
              + " send the ETag as If-Match")
  @APIResponse(
      responseCode = "200",
      description = "The tags as stored",
      content = @Content(schema = @Schema(implementation = TagsDto.class)))
  public Response put(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull TagsRequest request) {
    return Answers.tagged(
        inpres.tag(Params.id(ENTITY, id), Versions.required(ifMatch), request.activities));
  }
}
