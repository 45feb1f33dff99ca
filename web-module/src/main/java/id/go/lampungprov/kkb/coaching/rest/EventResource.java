package id.go.lampungprov.kkb.coaching.rest;

import id.go.lampungprov.kkb.coaching.facade.EventDtos;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventExport;
import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.coaching.facade.ReportDrafts;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Coaching events: plan, correct, agenda, officials, minutes and the life cycle. Every change takes
 * the ETag as If-Match; a reported event answers 409 (rule {@code frozen}).
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Events", description = "Coaching events (pembinaan dan pengembangan)")
public class EventResource {

  static final String ENTITY = "CoachingEvent";

  @Inject private EventFacade events;
  @Inject private EventExport export;
  @Context private UriInfo uriInfo;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "Events at venues in the caller's scope, newest first; with format=xlsx or csv every matching row as a file")
  public Response search(
      @QueryParam("region") String region,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("kampungKb") String kampungKb,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        uriInfo.getQueryParameters(),
        () -> {
          Long kkb = Params.optionalId("KampungKb", kampungKb);
          return events.search(
              new EventFacade.Filter(region, type, status, kkb, from, to),
              Params.integer("page", page),
              Params.integer("size", size));
        });
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "One event; the ETag is its version")
  @APIResponse(
      responseCode = "200",
      description = "The event",
      content = @Content(schema = @Schema(implementation = EventDto.class)))
  public Response get(@PathParam("id") String id) {
    return Answers.tagged(events.get(Params.id(ENTITY, id)));
  }

  @POST
  @Operation(summary = "Plan an event")
  @APIResponse(
      responseCode = "201",
      description = "Planned",
      content = @Content(schema = @Schema(implementation = EventDto.class)))
  public Response plan(@Valid @NotNull EventDtos.EventRequest request) {
    EventDto created = events.plan(request);
    return Answers.created(uriInfo, created);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Correct the event's details")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventDtos.EventRequest request) {
    return Answers.tagged(
        events.update(Params.id(ENTITY, id), Versions.required(ifMatch), request));
  }

  @PUT
  @Path("{id}/agenda")
  @Operation(summary = "Replace the agenda")
  public Response agenda(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventDtos.AgendaRequest request) {
    return Answers.tagged(
        events.replaceAgenda(Params.id(ENTITY, id), Versions.required(ifMatch), request.agenda));
  }

  @PUT
  @Path("{id}/officials")
  @Operation(summary = "Replace the list of officials present")
  public Response officials(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventDtos.OfficialsRequest request) {
    return Answers.tagged(
        events.replaceOfficials(
            Params.id(ENTITY, id), Versions.required(ifMatch), request.officials));
  }

  @PUT
  @Path("{id}/minutes")
  @Operation(summary = "Record the minutes (notulen) and the outcome")
  public Response minutes(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventDtos.MinutesRequest request) {
    return Answers.tagged(
        events.recordMinutes(Params.id(ENTITY, id), Versions.required(ifMatch), request));
  }

  @PUT
  @Path("{id}/report-draft")
  @Operation(
      summary =
          "Write the parts of the Laporan Kegiatan the event records nothing for (purpose, scope,"
              + " legal bases, obstacles and their handling, conclusions, suggestions)")
  public Response reportDraft(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ReportDrafts.ReportDraftRequest request) {
    return Answers.tagged(
        events.recordReportDraft(Params.id(ENTITY, id), Versions.required(ifMatch), request));
  }

  @POST
  @Path("{id}/held")
  @Operation(summary = "Mark a planned event as held (on or after its start)")
  public Response held(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return Answers.tagged(events.markHeld(Params.id(ENTITY, id), Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/report")
  @Operation(summary = "Mark a held event as reported; its content is frozen from then on")
  public Response report(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return Answers.tagged(events.markReported(Params.id(ENTITY, id), Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(summary = "Cancel a planned event, with the reason")
  public Response cancel(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventDtos.ReasonRequest request) {
    return Answers.tagged(
        events.cancel(Params.id(ENTITY, id), Versions.required(ifMatch), request.reason));
  }

  @POST
  @Path("{id}/reopening")
  @RolesAllowed(Role.Names.PROVINCE_OFFICER)
  @Operation(summary = "Reopen a reported event for corrections (province officers; audited)")
  public Response reopen(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventDtos.ReasonRequest request) {
    return Answers.tagged(
        events.reopen(Params.id(ENTITY, id), Versions.required(ifMatch), request.reason));
  }
}
