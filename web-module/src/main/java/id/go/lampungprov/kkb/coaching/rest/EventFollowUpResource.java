package id.go.lampungprov.kkb.coaching.rest;

import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDtos;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.FollowUpDto;
import id.go.lampungprov.kkb.coaching.facade.FollowUpExport;
import id.go.lampungprov.kkb.platform.export.Exports;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-up actions of an event. */
@Path("events/{id}/follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Events")
public class EventFollowUpResource {

  @Inject private AttendanceFacade attendance;
  @Inject private FollowUpExport export;
  @Context private UriInfo uriInfo;

  /** The event in the path of every request here. */
  @PathParam("id")
  private String eventId;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "The event's follow-ups by due date; with format=xlsx or csv as a file")
  public Response list(@QueryParam("format") String format) {
    return Exports.pageOrFile(
        format, export, Map.of("event", List.of(eventId)), () -> attendance.followUps(event()));
  }

  @POST
  @Operation(summary = "Add a follow-up: action, owner, due date")
  public Response add(@Valid @NotNull EventDtos.FollowUpRequest request) {
    FollowUpDto created = attendance.addFollowUp(event(), request);
    return Answers.created(uriInfo, created);
  }

  @PUT
  @Path("{followUpId}/status")
  @Operation(summary = "Close (DONE, DROPPED) or reopen a follow-up; allowed after reporting")
  public Response status(
      @PathParam("followUpId") String followUpId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventDtos.FollowUpStatusRequest request) {
    FollowUpDto changed =
        attendance.closeFollowUp(
            event(), Params.id("FollowUp", followUpId), Versions.required(ifMatch), request.status);
    return Answers.tagged(changed);
  }

  private long event() {
    return Params.id(EventResource.ENTITY, eventId);
  }
}
