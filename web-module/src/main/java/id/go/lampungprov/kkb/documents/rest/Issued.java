package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.platform.rest.PublicUrl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Issuing a document over REST, and the answer: 201 Created, pointing at the registry entry. */
public final class Issued {

  private Issued() {}

  /** Issues one document, given where its QR code points and how it is to be signed. */
  @FunctionalInterface
  public interface Issuing {
    DocumentDto issue(String publicBase, SigningRoute signing);
  }

  /**
   * Issues as every issuing endpoint does: the QR code points at this server's public address, and
   * the {@code signature} query parameter says how the document is signed: here, in another tool,
   * or through the BSrE gateway from the signatory's queue.
   */
  public static Response issue(UriInfo uriInfo, String signature, Issuing issuing) {
    return created(
        uriInfo, issuing.issue(PublicUrl.base(uriInfo), DocumentFacade.signingRoute(signature)));
  }

  private static Response created(UriInfo uriInfo, DocumentDto issued) {
    return Response.created(uriInfo.getBaseUriBuilder().path("documents").path(issued.id()).build())
        .entity(issued)
        .build();
  }
}
