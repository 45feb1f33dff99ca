package id.go.lampungprov.kkb.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * Gives every new view the user's chosen language from the start, so messages created before
 * rendering (in view actions and validators) are in that language too, not only the rendered page.
 * Public pages take it from the request ({@link PublicLanguage}): reading the session-scoped {@link
 * LocaleBacking} would open a session for every anonymous visitor.
 */
public class ChosenLocaleViewHandler extends ViewHandlerWrapper {

  public ChosenLocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    if (external.getRequest() instanceof HttpServletRequest request
        && PublicLanguage.isPublicPage(request)) {
      return PublicLanguage.locale(request, (HttpServletResponse) external.getResponse());
    }
    return CDI.current().select(LocaleBacking.class).get().getLocale();
  }
}
