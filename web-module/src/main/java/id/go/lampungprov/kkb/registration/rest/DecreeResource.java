package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.registration.facade.DecreeDtos;
import id.go.lampungprov.kkb.registration.facade.DecreeFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Decrees (SK): Pokja formation, Kampung KB declaration, Rumah DataKu. */
@Path("decrees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Decrees", description = "Surat Keputusan covering one or many Kampung KB")
public class DecreeResource {

  @Inject private DecreeFacade decrees;
  @Context private UriInfo uriInfo;

  @POST
  @Operation(summary = "Register a decree and the Kampung KB it covers")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = DecreeDtos.DecreeDto.class)))
  public Response register(@Valid @NotNull DecreeDtos.DecreeRequest request) {
    DecreeDtos.DecreeDto created = decrees.register(request);
    return Answers.created(uriInfo, created.id(), created);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "One decree")
  public DecreeDtos.DecreeDto get(@PathParam("id") String id) {
    return decrees.get(Params.id("Decree", id));
  }

  @PUT
  @Path("{id}/document")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Attach the scanned decree: the body is a PDF of at most 10 MiB")
  public DecreeDtos.DecreeDto attachDocument(
      @PathParam("id") String id, @Context HttpHeaders headers, InputStream body) {
    long decreeId = Params.id("Decree", id);
    byte[] data = Uploads.read(body, UploadPolicy.pdf("document").maxBytes(), "document");
    return decrees.attachDocument(decreeId, data, headers.getHeaderString("Content-Type"));
  }

  @GET
  @Path("{id}/document")
  @Produces("application/pdf")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The scanned decree")
  public Response document(@PathParam("id") String id) {
    long decreeId = Params.id("Decree", id);
    return Answers.inline(decrees.document(decreeId), "application/pdf", "sk-" + decreeId + ".pdf")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
