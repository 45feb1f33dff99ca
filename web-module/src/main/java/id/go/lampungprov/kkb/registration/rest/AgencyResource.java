package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Versions;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.AgencyDto;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.AgencyRequest;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The maintained list of agencies (OPD, vertical offices, partners). */
@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Agencies", description = "Agencies that run interventions and organise events")
public class AgencyResource {

  @Inject private InterventionFacade facade;
  @Context private UriInfo uriInfo;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The agencies by name; retired ones only with includeRetired=true")
  public List<AgencyDto> list(@QueryParam("includeRetired") boolean includeRetired) {
    return facade.agencies(includeRetired);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "One agency")
  public Response get(@PathParam("id") String id) {
    AgencyDto found = facade.agency(Params.id("Agency", id));
    return Answers.tagged(found);
  }

  @POST
  @Operation(summary = "Add an agency to the list")
  public Response add(@Valid @NotNull AgencyRequest request) {
    AgencyDto created = facade.addAgency(request);
    return Answers.created(uriInfo, created);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Rename or retire an agency; send the ETag as If-Match")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull AgencyRequest request) {
    AgencyDto updated =
        facade.updateAgency(Params.id("Agency", id), Versions.required(ifMatch), request);
    return Answers.tagged(updated);
  }
}
