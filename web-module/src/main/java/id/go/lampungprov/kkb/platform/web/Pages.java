package id.go.lampungprov.kkb.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What every page with an id in its address does alike. */
public final class Pages {

  private Pages() {}

  /**
   * Answers with the 404 page: the id in the address is malformed, unknown, or outside the user's
   * scope, which a page must not tell apart from unknown.
   */
  public static void notFound(String message) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, message);
    context.responseComplete();
  }
}
