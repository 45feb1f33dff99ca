package id.go.lampungprov.kkb.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form sent with a view state the server does not know (the session expired and was renewed, or
 * the form was forged elsewhere) changes nothing: the user is sent back to the page, freshly
 * loaded, with a message, instead of an error page. Works for AJAX requests too.
 */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

  public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable t = events.next().getContext().getException();
        while (t instanceof FacesException
            && t.getCause() != null
            && !(t instanceof ViewExpiredException)) {
          t = t.getCause();
        }
        if (t instanceof ViewExpiredException) {
          events.remove();
          reload(FacesContext.getCurrentInstance());
        }
      }
      getWrapped().handle();
    }

    private static void reload(FacesContext faces) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      String target =
          request.getRequestURI()
              + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              FormMessages.text("form.expired", "The page had expired; nothing was saved."),
              null));
      external.getFlash().setKeepMessages(true);
      try {
        external.redirect(target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }
}
