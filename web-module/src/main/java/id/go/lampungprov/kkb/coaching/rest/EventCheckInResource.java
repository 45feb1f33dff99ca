package id.go.lampungprov.kkb.coaching.rest;

import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.CheckInLinkDto;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.PublicUrl;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The QR check-in link of an event: as JSON (to show or send) and as a PNG QR code to project or
 * print. The link opens the public page {@code /hadir.xhtml}; it works from a set time before the
 * event starts until the event ends, judged by the event's times when it is used.
 */
@Path("events/{id}/check-in")
@RequestScoped
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Events")
public class EventCheckInResource {

  @Inject private AttendanceFacade attendance;
  @Context private UriInfo uriInfo;

  /** The event in the path of every request here. */
  @PathParam("id")
  private String eventId;

  @GET
  @Path("link")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The event's signed check-in link and when it works")
  public CheckInLinkDto link() {
    return attendance.checkInLink(event(), PublicUrl.base(uriInfo));
  }

  @GET
  @Path("qr")
  @Produces("image/png")
  @Operation(summary = "The event's signed check-in link as a QR code (PNG)")
  public Response qr() {
    return Response.ok(attendance.checkInQr(event(), PublicUrl.base(uriInfo)), "image/png")
        .header("Cache-Control", "no-store")
        .build();
  }

  private long event() {
    return Params.id(EventResource.ENTITY, eventId);
  }
}
