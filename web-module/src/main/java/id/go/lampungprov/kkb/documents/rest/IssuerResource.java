package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.IssuerDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issuers of documents: letterhead, numbering template, signatory. */
@Path("issuers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Documents")
public class IssuerResource {

  @Inject private DocumentFacade documents;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The configured issuers")
  public List<IssuerDto> list() {
    return documents.issuers();
  }

  @PUT
  @Path("{code}")
  @Operation(summary = "Change an issuer's letterhead, numbering or signatory (no redeployment)")
  public Response change(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DocumentDtos.IssuerRequest request) {
    IssuerDto changed = documents.changeIssuer(code, Versions.fromIfMatch(ifMatch), request);
    return Response.ok(changed).tag(Versions.tag(changed.version())).build();
  }
}
