package id.go.lampungprov.kkb.coaching.rest;

import id.go.lampungprov.kkb.coaching.application.EventPhotoService;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.PhotoDto;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Documentation photos of an event (JPEG/PNG up to 5 MiB). */
@Path("events/{id}/photos")
@RequestScoped
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Events")
public class EventPhotoResource {

  @Inject private AttendanceFacade attendance;
  @Context private UriInfo uriInfo;

  /** The event in the path of every request here. */
  @PathParam("id")
  private String eventId;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The event's photos")
  public List<PhotoDto> list() {
    return attendance.photos(event());
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Upload a photo: the body is the JPEG or PNG file")
  public Response add(
      @QueryParam("caption") String caption, @Context HttpHeaders headers, InputStream body) {
    long eventId = event();
    byte[] data = Uploads.read(body, UploadPolicy.photo("photo").maxBytes(), "photo");
    PhotoDto photo =
        attendance.addPhoto(eventId, caption, data, headers.getHeaderString("Content-Type"));
    return Answers.created(uriInfo, photo.id(), photo);
  }

  @GET
  @Path("{photoId}")
  @Produces({"image/jpeg", "image/png"})
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "A photo's bytes")
  public Response photo(@PathParam("photoId") String photoId) {
    EventPhotoService.PhotoContent content = attendance.photo(event(), Params.id("Photo", photoId));
    return Answers.file(content.data(), content.photo().file().type().mediaType()).build();
  }

  @DELETE
  @Path("{photoId}")
  @Operation(summary = "Remove a photo")
  public Response remove(@PathParam("photoId") String photoId) {
    attendance.removePhoto(event(), Params.id("Photo", photoId));
    return Response.noContent().build();
  }

  private long event() {
    return Params.id(EventResource.ENTITY, eventId);
  }
}
