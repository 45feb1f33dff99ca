package id.go.lampungprov.kkb.platform.rest;

import id.go.lampungprov.kkb.platform.facade.Versioned;
import id.go.lampungprov.kkb.platform.facade.VersionedDto;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The answers every resource gives the same way: a record with its version as ETag (read it, then
 * send that ETag as If-Match to change it, see {@link Versions}), 201 Created with the new record's
 * Location, stored files that a browser must never sniff into another type, and documents and
 * exports under the file name they are saved as.
 */
public final class Answers {

  private Answers() {}

  /** 200 with the record and its version as ETag. */
  public static Response tagged(Versioned record) {
    return Response.ok(record).tag(Versions.tag(record.version())).build();
  }

  /** 201 with the record, its Location below the request's path, and its version as ETag. */
  public static Response created(UriInfo uriInfo, VersionedDto record) {
    return Response.created(location(uriInfo, record.id()))
        .entity(record)
        .tag(Versions.tag(record.version()))
        .build();
  }

  /** 201 with the new thing and its Location below the request's path (it has no version). */
  public static Response created(UriInfo uriInfo, long id, Object entity) {
    return Response.created(location(uriInfo, id)).entity(entity).build();
  }

  /** A stored upload's bytes as the type it was checked to be, never sniffed by the browser. */
  public static Response.ResponseBuilder file(byte[] data, String mediaType) {
    return Response.ok(data, mediaType).header("X-Content-Type-Options", "nosniff");
  }

  /** 200 with a document the browser shows (a PDF), named for when it is saved. */
  public static Response.ResponseBuilder inline(Object body, String mediaType, String fileName) {
    return named(body, mediaType, "inline", fileName);
  }

  /** 200 with a file the browser saves (CSV, XLSX, an export) under the given name. */
  public static Response.ResponseBuilder attachment(
      Object body, String mediaType, String fileName) {
    return named(body, mediaType, "attachment", fileName);
  }

  private static Response.ResponseBuilder named(
      Object body, String mediaType, String disposition, String fileName) {
    return Response.ok(body, mediaType)
        .header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"");
  }

  private static URI location(UriInfo uriInfo, long id) {
    return uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build();
  }
}
