package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.registration.facade.ProfileDtos;
import id.go.lampungprov.kkb.registration.facade.ProfileFacade;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The profile of one Kampung KB: one active version, history kept. */
@Path("kampung-kb/{id}/profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Kampung KB")
public class ProfileResource {

  private static final String ENTITY = "KampungKb";

  @Inject private ProfileFacade profiles;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "All profile versions, newest first")
  public List<ProfileDtos.ProfileDto> history(@PathParam("id") String id) {
    return profiles.history(Params.id(ENTITY, id));
  }

  @GET
  @Path("active")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The active profile version")
  public ProfileDtos.ProfileDto active(@PathParam("id") String id) {
    return profiles.active(Params.id(ENTITY, id));
  }

  @POST
  @Operation(summary = "Record a new profile version; it replaces the active one")
  public Response record(
      @PathParam("id") String id, @Valid @NotNull ProfileDtos.ProfileRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(profiles.record(Params.id(ENTITY, id), request))
        .build();
  }
}
