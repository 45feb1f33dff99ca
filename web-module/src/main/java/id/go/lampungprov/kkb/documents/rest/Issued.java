package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to issuing a document: 201 Created, pointing at the registry entry. */
public final class Issued {

  private Issued() {}

  public static Response created(UriInfo uriInfo, DocumentDto issued) {
    return Response.created(uriInfo.getBaseUriBuilder().path("documents").path(issued.id()).build())
        .entity(issued)
        .build();
  }
}
