package id.go.lampungprov.kkb.platform.web;

import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.function.LongFunction;
import org.primefaces.component.datatable.DataTable;

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

  /**
   * The record a detail page's {@code id} parameter names, or null once the 404 page is answered
   * (see {@link #notFound}).
   */
  public static <T> T found(String entity, String id, LongFunction<T> get, String notFoundMessage)
      throws IOException {
    try {
      return get.apply(Params.id(entity, id));
    } catch (BusinessException e) {
      notFound(notFoundMessage);
      return null;
    }
  }

  /** Puts a paged table back on its first page, e.g. after its filters changed. */
  public static void firstPage(String tableClientId) {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }
}
