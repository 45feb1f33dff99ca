package id.go.lampungprov.kkb.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * The page's Content-Security-Policy nonce as a form field. PrimeFaces checks on every postback
 * that the form sends back the nonce of its page, and its scripts add the field; a page without
 * them (the phone check-in page) or a browser without scripts needs the field written out.
 */
@Named("cspNonce")
@RequestScoped
public class CspNonceBacking {

  public String getParam() {
    return Constants.RequestParams.NONCE_PARAM;
  }

  public String getValue() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
