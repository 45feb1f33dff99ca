package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.VerificationDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.documents.facade.VerificationRateLimit;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.rest.Problems;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.platform.web.ClientAddress;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification of a PDF anyone holds, without an account: a class of its own, with no role on it,
 * so no authentication is ever attempted for it. Limited per client address before the body is
 * read, and the body is read only up to the size limit.
 */
@Path("documents/verify")
@RequestScoped
@PermitAll
@Tag(name = "Documents")
public class DocumentVerificationResource {

  @Inject private DocumentFacade documents;
  @Inject private VerificationRateLimit rateLimit;
  @Context private HttpServletRequest request;

  @POST
  @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Upload a PDF (no account needed): is its signature intact and covering the whole file,"
              + " who signed, is the certificate trusted (a chain to a configured authority, or"
              + " this installation's own) and why, and was it issued here exactly so. Revocation"
              + " is not checked. At most KKB_VERIFY_PER_MINUTE requests per minute per address")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = VerificationDto.class)))
  public Response verify(InputStream body) {
    OptionalLong wait = rateLimit.acquire(ClientAddress.of(request));
    if (wait.isPresent()) {
      return tooMany(wait.getAsLong());
    }
    long max = UploadPolicy.issuedPdf("file").maxBytes();
    long declared = request.getContentLengthLong();
    if (declared > max) {
      // Refused on the declared length, before a byte of the body is read.
      throw new InvalidInputException(
          "file", "max-size", "the file is larger than " + max + " bytes");
    }
    return Response.ok(documents.verify(Uploads.read(body, max, "file"))).build();
  }

  static Response tooMany(long seconds) {
    return Response.fromResponse(
            Problems.status(
                429,
                "Too many verifications from your address; try again in " + seconds + " seconds."))
        .header("Retry-After", String.valueOf(seconds))
        .build();
  }
}
