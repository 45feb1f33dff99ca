package id.go.lampungprov.kkb.coaching.rest;

import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.coaching.facade.ParticipantExport;
import id.go.lampungprov.kkb.coaching.facade.ParticipantListFacade;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participants of many events, filtered as the events list is, in the caller's scope. */
@Path("participants")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Events")
public class ParticipantListResource {

  @Inject private ParticipantListFacade participants;
  @Inject private ParticipantExport export;
  @Context private UriInfo uriInfo;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "Participants of the events at venues in the caller's scope, by id (the events' filters);"
              + " with format=xlsx or csv every matching participant as a file")
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
          return participants.search(
              new EventFacade.Filter(region, type, status, kkb, from, to),
              Params.integer("page", page),
              Params.integer("size", size));
        });
  }
}
