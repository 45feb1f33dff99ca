package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.registration.application.InterventionService;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * An intervention's photo for the staff pages (thumbnails and the full picture), with the page
 * login's session; the same scope checks as the API's photo, which only accepts API credentials.
 */
@Path("intervensi")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
public class PhotoDownloadResource {

  @Inject private InterventionFacade interventions;

  @GET
  @Path("{id}/foto/{photoId}")
  @Produces({"image/jpeg", "image/png"})
  public Response photo(@PathParam("id") String id, @PathParam("photoId") String photoId) {
    InterventionService.PhotoContent content =
        interventions.photoContent(Params.id("Intervention", id), Params.id("Photo", photoId));
    return Response.ok(content.data(), content.photo().file().type().mediaType())
        .header("Cache-Control", "private, max-age=3600")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
