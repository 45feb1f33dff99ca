package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.security.facade.AccountFacade;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.ResourceBundle;

/** The login form and logout. */
@Named
@RequestScoped
public class LoginBacking {

  @NotBlank
  @Size(max = 50)
  private String username;

  @NotBlank
  @Size(max = 128)
  private String password;

  private String next;

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private AccountFacade accounts;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + safeNext());
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_FAILURE
        && request.getAttribute(KampungKbAuthenticationMechanism.DATABASE_UNAVAILABLE) != null) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, bundle().getString("login.unavailable"), null));
    } else if (status == AuthenticationStatus.SEND_FAILURE) {
      // One message whatever the reason (unknown user, wrong password, too many attempts).
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle().getString("login.failed"), null));
    } else {
      faces.responseComplete();
    }
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getRemoteUser() != null) {
      accounts.recordLogout();
    }
    request.logout();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath() + KampungKbAuthenticationMechanism.LOGIN_PAGE);
    faces.responseComplete();
  }

  /** Only a path inside this application: never an absolute or protocol-relative URL. */
  String safeNext() {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith(KampungKbAuthenticationMechanism.LOGIN_PAGE)) {
      return "/";
    }
    return next;
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
