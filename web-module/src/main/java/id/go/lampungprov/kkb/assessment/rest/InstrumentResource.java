package id.go.lampungprov.kkb.assessment.rest;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.InstrumentDto;
import id.go.lampungprov.kkb.assessment.facade.InstrumentFacade;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assessment instruments: aspects → indicators with weights and a 1–4 rubric; revisions. */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PROVINCE_OFFICER)
@Tag(name = "Assessment")
public class InstrumentResource {

  @Inject private InstrumentFacade facade;
  @Context private UriInfo uriInfo;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "Every instrument revision")
  public List<InstrumentDto> list() {
    return facade.instruments();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "One instrument revision with its rubric")
  public Response get(@PathParam("id") String id) {
    return Answers.tagged(facade.instrument(Params.id("Instrument", id)));
  }

  @POST
  @Operation(summary = "Create a draft instrument (weights must sum to 100)")
  public Response create(@Valid @NotNull AssessmentDtos.InstrumentRequest request) {
    InstrumentDto created = facade.createInstrument(request);
    return Answers.created(uriInfo, created);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a draft; a published instrument answers 409")
  public Response change(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull AssessmentDtos.InstrumentRequest request) {
    return Answers.tagged(
        facade.changeInstrument(Params.id("Instrument", id), Versions.required(ifMatch), request));
  }

  @POST
  @Path("{id}/publication")
  @Operation(summary = "Publish a draft; from then on it is immutable")
  public Response publish(@PathParam("id") String id) {
    return Answers.tagged(facade.publish(Params.id("Instrument", id)));
  }

  @POST
  @Path("{id}/revisions")
  @Operation(summary = "Start the next revision as a draft copy")
  public Response newRevision(@PathParam("id") String id) {
    InstrumentDto created = facade.newRevision(Params.id("Instrument", id));
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("instruments")
                .path(String.valueOf(created.id()))
                .build())
        .entity(created)
        .build();
  }
}
