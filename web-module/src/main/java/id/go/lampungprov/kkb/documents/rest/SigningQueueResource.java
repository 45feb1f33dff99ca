package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.SigningQueueFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's signing queue: documents issued with signature=bsre that await their signature. */
@Path("signing-queue")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Documents")
public class SigningQueueResource {

  @Inject private SigningQueueFacade queue;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The documents awaiting the caller's BSrE signature (signatureKind AWAITING_BSRE, the"
              + " signatory's NIP that of the caller's account), oldest first")
  public List<DocumentDto> mine() {
    return queue.mine();
  }

  @POST
  @Path("sign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Sign documents of the caller's queue through the BSrE gateway with one passphrase (never"
              + " stored, logged or audited). Each signed PDF is checked (intact, exactly the issued"
              + " document, a certificate chaining to KKB_TRUSTED_CERTIFICATES) and archived"
              + " (signatureKind BSRE); a failed document stays AWAITING_BSRE, untouched. A wrong"
              + " passphrase or an unreachable gateway stops the batch (stoppedBy); 200 with a"
              + " result per document")
  public SigningQueueFacade.ResultDto sign(@NotNull SigningQueueFacade.SigningRequest request) {
    return queue.sign(request);
  }
}
