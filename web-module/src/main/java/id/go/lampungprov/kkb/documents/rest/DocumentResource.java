package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentExport;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registry of issued documents: facts, the signed PDF, and verification of uploads. */
@Path("documents")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Documents", description = "Issued, signed official documents")
public class DocumentResource {

  @Inject private DocumentFacade documents;
  @Context private SecurityContext security;
  @Context private UriInfo uriInfo;
  @Inject private DocumentExport export;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "The documents issued about records in the caller's scope, newest first (paged; type"
              + " filters, e.g. LAPORAN_KEGIATAN); with format=xlsx or csv every one as a file")
  @APIResponse(
      responseCode = "200",
      description = "One page (IssuedDocumentPage), or every matching document as a file",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentDtos.DocumentPageDto.class)))
  public Response list(
      @QueryParam("type") String type,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        uriInfo.getQueryParameters(),
        () -> {
          DocumentDtos.DocumentPageDto found =
              documents.list(type, Params.integer("page", page), Params.integer("size", size));
          return found;
        });
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An issued document's facts: number, type, issuer, signatory, SHA-256")
  public DocumentDto get(@PathParam("id") String id) {
    return documents.get(id);
  }

  @POST
  @Path("{id}/signed")
  @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER, Role.Names.ADMIN})
  @Operation(
      summary =
          "Upload the externally signed (e.g. BSrE) copy of a document issued with"
              + " signature=external: checked (signature intact and covering the whole file,"
              + " exactly the issued document, a certificate chaining to a configured authority,"
              + " not this installation's) and archived in its place. override=true (ADMIN only,"
              + " audited) accepts a certificate of no configured authority; the document then"
              + " says EXTERNAL_OVERRIDE")
  public DocumentDto signed(
      @PathParam("id") String id, @QueryParam("override") String override, InputStream body) {
    boolean overriding = DocumentFacade.override(override);
    if (overriding && !security.isUserInRole(Role.Names.ADMIN)) {
      // The service refuses it too; here it is a clean 403 before the upload is read.
      throw new AccessDeniedException("only an administrator may override the certificate check");
    }
    return documents.acceptSigned(
        id, Uploads.read(body, UploadPolicy.issuedPdf("file").maxBytes(), "file"), overriding);
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "The PDF as archived: signed; for a document awaiting an external signature, the"
              + " unsigned PDF to sign")
  public Response pdf(@PathParam("id") String id) {
    DocumentDto facts = documents.get(id);
    return Answers.attachment(documents.pdf(id), "application/pdf", DocumentFacade.fileName(facts))
        .build();
  }
}
