package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registry of issued documents: facts, the signed PDF, and verification of uploads. */
@Path("documents")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Documents", description = "Issued, signed official documents")
public class DocumentResource {

  @Inject private DocumentFacade documents;

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An issued document's facts: number, type, issuer, signatory, SHA-256")
  public DocumentDto get(@PathParam("id") String id) {
    return documents.get(id);
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The signed PDF as issued")
  public Response pdf(@PathParam("id") String id) {
    DocumentDto facts = documents.get(id);
    return Response.ok(documents.pdf(id), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + facts.number().replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf\"")
        .build();
  }
}
