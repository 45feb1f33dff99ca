package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.platform.rest.Versions;
import id.go.lampungprov.kkb.registration.application.InterventionService;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.InterventionDto;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.InterventionRequest;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.PhotoDto;
import id.go.lampungprov.kkb.registration.facade.InterventionExport;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cross-sector interventions in Kampung KB, with before/after photos. */
@Path("interventions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Interventions", description = "What other agencies did in a Kampung KB")
public class InterventionResource {

  private static final String ENTITY = "Intervention";

  @Inject private InterventionFacade interventions;
  @Inject private InterventionExport export;
  @Context private UriInfo uriInfo;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "Interventions in the caller's scope, newest first; with format=xlsx or csv every matching row as a file")
  public Response search(
      @QueryParam("region") String region,
      @QueryParam("kampungKb") String kampungKb,
      @QueryParam("agency") String agency,
      @QueryParam("familyFunction") String familyFunction,
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
          return interventions.search(
              new InterventionFacade.Filter(region, kkb, agency, familyFunction, from, to),
              Params.integer("page", page),
              Params.integer("size", size));
        });
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "One intervention; the ETag is its version")
  @APIResponse(
      responseCode = "200",
      description = "The intervention",
      content = @Content(schema = @Schema(implementation = InterventionDto.class)))
  public Response get(@PathParam("id") String id) {
    InterventionDto found = interventions.get(Params.id(ENTITY, id));
    return Answers.tagged(found);
  }

  @POST
  @Operation(summary = "Record an intervention")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = InterventionDto.class)))
  public Response register(@Valid @NotNull InterventionRequest request) {
    InterventionDto created = interventions.register(request);
    return Answers.created(uriInfo, created);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Correct an intervention; send the ETag as If-Match")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull InterventionRequest request) {
    InterventionDto updated =
        interventions.update(Params.id(ENTITY, id), Versions.required(ifMatch), request);
    return Answers.tagged(updated);
  }

  @POST
  @Path("{id}/photos")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Upload a photo (the body is the JPEG or PNG file, at most 5 MiB); stage=BEFORE|AFTER")
  @APIResponse(
      responseCode = "201",
      description = "Stored",
      content = @Content(schema = @Schema(implementation = PhotoDto.class)))
  public Response addPhoto(
      @PathParam("id") String id,
      @QueryParam("stage") String stage,
      @QueryParam("caption") String caption,
      @Context HttpHeaders headers,
      InputStream body) {
    long interventionId = Params.id(ENTITY, id);
    byte[] data = Uploads.read(body, UploadPolicy.photo("photo").maxBytes(), "photo");
    PhotoDto photo =
        interventions.addPhoto(
            interventionId, stage, caption, data, headers.getHeaderString("Content-Type"));
    return Answers.created(uriInfo, photo.id(), photo);
  }

  @GET
  @Path("{id}/photos/{photoId}")
  @Produces({"image/jpeg", "image/png"})
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "A photo's bytes")
  public Response photo(@PathParam("id") String id, @PathParam("photoId") String photoId) {
    InterventionService.PhotoContent content =
        interventions.photoContent(Params.id(ENTITY, id), Params.id("Photo", photoId));
    return Answers.file(content.data(), content.photo().file().type().mediaType())
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }

  @PUT
  @Path("{id}/photos/{photoId}/public")
  @Operation(
      summary =
          "Show the photo on the public portal (/publik/, /api/public/); photos are private until"
              + " then")
  public PhotoDto publishPhoto(@PathParam("id") String id, @PathParam("photoId") String photoId) {
    return interventions.publishPhoto(Params.id(ENTITY, id), Params.id("Photo", photoId), true);
  }

  @DELETE
  @Path("{id}/photos/{photoId}/public")
  @Operation(summary = "Take the photo off the public portal")
  public PhotoDto unpublishPhoto(@PathParam("id") String id, @PathParam("photoId") String photoId) {
    return interventions.publishPhoto(Params.id(ENTITY, id), Params.id("Photo", photoId), false);
  }

  @DELETE
  @Path("{id}/photos/{photoId}")
  @Operation(summary = "Remove a photo uploaded by mistake")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response removePhoto(@PathParam("id") String id, @PathParam("photoId") String photoId) {
    interventions.removePhoto(Params.id(ENTITY, id), Params.id("Photo", photoId));
    return Response.noContent().build();
  }
}
