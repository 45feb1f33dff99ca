package id.go.lampungprov.kkb.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the user's chosen language from the start, so messages created before
 * rendering (in view actions and validators) are in that language too, not only the rendered page.
 */
public class ChosenLocaleViewHandler extends ViewHandlerWrapper {

  public ChosenLocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LocaleBacking.class).get().getLocale();
  }
}
