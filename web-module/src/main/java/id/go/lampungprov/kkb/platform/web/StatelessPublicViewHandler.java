package id.go.lampungprov.kkb.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes a public page's view transient from the moment it is created, not only once its Facelet
 * (with {@code <f:view transient="true">}) is built during rendering: PrimeFaces keeps the page's
 * CSP nonce in the view map of any view that is not transient before rendering starts, and the
 * first view map of a request opens an HTTP session. A session per anonymous visitor is what a
 * flood would use to fill the memory and, in a cluster, the Data Grid.
 */
public class StatelessPublicViewHandler extends ViewHandlerWrapper {

  public StatelessPublicViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && PublicLanguage.isPublicView(root.getViewId())) {
      root.setTransient(true);
    }
    return root;
  }
}
