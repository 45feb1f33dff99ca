package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.platform.web.PageModel;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.facade.AccountDto;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.security.facade.AccountPageDto;
import id.go.lampungprov.kkb.security.facade.AccountRequest;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/** The administrators' account page: a paged list, a creation form, unlocking. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountFacade accounts;

  private PageModel<AccountDto, AccountPageDto> model;
  private String username;
  private String fullName;
  private String nip;
  private String email;
  private String role = Role.VIEWER.name();
  private String scope;
  private String temporaryPassword;

  @PostConstruct
  void init() {
    model =
        new PageModel<>(
            accounts::list,
            AccountPageDto::content,
            AccountPageDto::totalElements,
            a -> String.valueOf(a.id()));
  }

  public void create() {
    FacesContext faces = FacesContext.getCurrentInstance();
    AccountRequest request = new AccountRequest();
    request.username = username;
    request.fullName = fullName;
    request.nip = nip;
    request.email = email;
    request.role = role;
    request.scope = scope;
    request.temporaryPassword = temporaryPassword;
    try {
      AccountDto created = accounts.create(request);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              bundle(faces).getString("accounts.created") + " " + created.username(),
              null));
      username = fullName = nip = email = scope = temporaryPassword = null;
      role = Role.VIEWER.name();
    } catch (InvalidInputException e) {
      faces.addMessage(
          "account:" + e.field(),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } catch (ConflictException e) {
      faces.addMessage(
          "account:" + e.field(),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } catch (BusinessException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public void unlock(AccountDto account) {
    accounts.unlock(account.id());
  }

  private static ResourceBundle bundle(FacesContext faces) {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public PageModel<AccountDto, AccountPageDto> getModel() {
    return model;
  }

  public List<String> getRoles() {
    return Arrays.stream(Role.values()).map(Enum::name).toList();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getNip() {
    return nip;
  }

  public void setNip(String nip) {
    this.nip = nip;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }
}
