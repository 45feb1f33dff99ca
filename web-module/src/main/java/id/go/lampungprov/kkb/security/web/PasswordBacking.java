package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.security.application.AuthenticationService;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ResourceBundle;

/** Changing one's own password; forced after the first login and after a reset. */
@Named
@RequestScoped
public class PasswordBacking {

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  @Inject private FacesContext faces;
  @Inject private AccountFacade accounts;
  @EJB private AuthenticationService authentication;

  public void change() throws IOException {
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    if (newPassword == null || !newPassword.equals(confirmation)) {
      faces.addMessage(
          "password:confirmation",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("password.mismatch"), null));
      return;
    }
    try {
      accounts.changeOwnPassword(currentPassword, newPassword);
    } catch (InvalidInputException e) {
      String key = "password.rule." + e.rule();
      String text = msg.containsKey(key) ? msg.getString(key) : e.getMessage();
      faces.addMessage(
          "password:" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      return;
    }
    ExternalContext external = faces.getExternalContext();
    // The change ended every session of this user that began before it; this one goes on.
    String username = external.getRemoteUser();
    authentication
        .sessionAccount(username)
        .ifPresent(
            current ->
                external
                    .getSessionMap()
                    .put(
                        SessionUser.ATTRIBUTE,
                        new SessionUser(current.username(), current.credentialVersion())));
    external.getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("password.changed"), null));
    external.redirect(external.getRequestContextPath() + "/");
    faces.responseComplete();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
