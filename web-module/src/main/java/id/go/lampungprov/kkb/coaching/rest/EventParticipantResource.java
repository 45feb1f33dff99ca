package id.go.lampungprov.kkb.coaching.rest;

import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos;
import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.ParticipantDto;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventParticipantExport;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** Invitations, attendance by staff and the totals of an event. */
@Path("events/{id}/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Events")
public class EventParticipantResource {

  @Inject private AttendanceFacade attendance;
  @Inject private EventParticipantExport export;
  @Context private UriInfo uriInfo;

  /** The event in the path of every request here. */
  @PathParam("id")
  private String eventId;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(summary = "The invitation list with attendance; with format=xlsx or csv as a file")
  public Response list(@QueryParam("format") String format) {
    return Exports.pageOrFile(
        format, export, Map.of("event", List.of(eventId)), () -> attendance.participants(event()));
  }

  @POST
  @Operation(
      summary =
          "Invite a person of the registry (personId) or someone on the day (fullName, sex,"
              + " phone); 409 over the quota or for the same person twice")
  public Response invite(@Valid @NotNull AttendanceDtos.ParticipantRequest request) {
    ParticipantDto created = attendance.invite(event(), request);
    return Answers.created(uriInfo, created.id(), created);
  }

  @POST
  @Path("from-registry")
  @Operation(
      summary = "Invite the current Pokja and cadres of a target Kampung KB, all or none (quota)")
  public List<ParticipantDto> fromRegistry(
      @Valid @NotNull AttendanceDtos.RegistryInvitationRequest request) {
    return attendance.inviteFromRegistry(event(), request.kampungKbId);
  }

  @PUT
  @Path("{participantId}/attendance")
  @Operation(summary = "Record attendance: PRESENT, ABSENT or EXCUSED")
  public ParticipantDto record(
      @PathParam("participantId") String participantId,
      @Valid @NotNull AttendanceDtos.AttendanceRequest request) {
    return attendance.record(event(), Params.id("Participant", participantId), request.attendance);
  }

  @DELETE
  @Path("{participantId}")
  @Operation(summary = "Withdraw an invitation")
  public Response withdraw(@PathParam("participantId") String participantId) {
    attendance.withdraw(event(), Params.id("Participant", participantId));
    return Response.noContent().build();
  }

  @GET
  @Path("totals")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "Invited and present, by attendance, category and sex")
  public AttendanceDtos.TotalsDto totals() {
    return attendance.totals(event());
  }

  private long event() {
    return Params.id(EventResource.ENTITY, eventId);
  }
}
