package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.VerificationDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.platform.files.UploadPolicy;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification of a PDF anyone holds, without an account: a class of its own, with no role on it,
 * so no authentication is ever attempted for it.
 */
@Path("documents/verify")
@RequestScoped
@PermitAll
@Tag(name = "Documents")
public class DocumentVerificationResource {

  @Inject private DocumentFacade documents;

  @POST
  @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Upload a PDF (no account needed): is its signature intact, who signed, and was it issued"
              + " here exactly so")
  public VerificationDto verify(InputStream body) {
    return documents.verify(Uploads.read(body, UploadPolicy.issuedPdf("file").maxBytes(), "file"));
  }
}
