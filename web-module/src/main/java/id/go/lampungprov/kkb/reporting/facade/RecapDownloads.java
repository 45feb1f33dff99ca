package id.go.lampungprov.kkb.reporting.facade;

import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.reporting.application.RecapDocumentService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * The recap download with its entity tag: a client that sends back the tag of the copy it holds
 * ({@code If-None-Match}) gets 304 Not Modified while nothing the recap shows has changed, at the
 * cost of the checks and one read of the data version, without gathering or rendering anything. The
 * server also keeps recently rendered recaps by tag, so the same recap asked for again is not
 * rendered twice (see {@code RecapDocumentService.file}). The tag is computed after the caller's
 * scope is checked, so neither answer reaches a caller who may not read the recap.
 */
@ApplicationScoped
public class RecapDownloads {

  /** A browser keeps its copy for this user only, and asks (with the tag) before using it. */
  static final String CACHE_CONTROL = "private, no-cache";

  @EJB private RecapDocumentService recaps;

  /**
   * @param ifNoneMatch the request's {@code If-None-Match}, or null
   * @param cacheControl the request's {@code Cache-Control}, or null: {@code no-cache} (a forced
   *     reload) renders the recap again instead of sending kept bytes
   */
  public Response recap(
      RecapDocumentService.Request r, String format, String ifNoneMatch, String cacheControl) {
    String f = ReportFacade.format(format);
    RecapDocumentService.TaggedFile file =
        recaps.file(r, f, tag -> matches(ifNoneMatch, tag), !Params.noCache(cacheControl));
    EntityTag etag = new EntityTag(file.tag());
    if (file.data() == null) {
      return Response.notModified(etag).header("Cache-Control", CACHE_CONTROL).build();
    }
    String name = ReportFacade.recapName(r) + "." + f;
    return (f.equals("pdf")
            ? Answers.inline(file.data(), "application/pdf", name)
            : Answers.attachment(file.data(), ReportFacade.XLSX, name))
        .tag(etag)
        .header("Cache-Control", CACHE_CONTROL)
        .build();
  }

  /**
   * Whether {@code If-None-Match} names the tag: {@code *}, or a list of tags compared weakly (a
   * {@code W/} prefix is ignored), as HTTP asks for this header.
   */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    if (ifNoneMatch.strip().equals("*")) {
      return true;
    }
    for (String part : ifNoneMatch.split(",")) {
      String t = part.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.length() >= 2
          && t.startsWith("\"")
          && t.endsWith("\"")
          && t.substring(1, t.length() - 1).equals(tag)) {
        return true;
      }
    }
    return false;
  }
}
