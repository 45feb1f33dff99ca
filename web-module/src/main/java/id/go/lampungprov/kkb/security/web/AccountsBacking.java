package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.PageModel;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.facade.AccountDto;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.security.facade.AccountRequest;
import id.go.lampungprov.kkb.security.facade.AccountUpdateRequest;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The administrators' account page: a paged list with a search, a creation form, editing (role,
 * scope, active), password reset and unlocking. Refusals show next to their field in the user's
 * language.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountFacade accounts;

  private static final Set<String> NEW_FIELDS =
      Set.of("username", "fullName", "nip", "email", "role", "scope", "temporaryPassword");
  private static final Set<String> EDIT_FIELDS =
      Set.of("fullName", "nip", "email", "role", "scope");

  private PageModel<AccountDto, PageDto<AccountDto>> model;
  private String query;
  private String username;
  private String fullName;
  private String nip;
  private String email;
  private String role = Role.VIEWER.name();
  private String scope;
  private String temporaryPassword;
  private Long editId;
  private String editUsername;
  private String editFullName;
  private String editNip;
  private String editEmail;
  private String editRole;
  private String editScope;
  private boolean editActive;
  private Long editVersion;
  private String newTemporaryPassword;

  @PostConstruct
  void init() {
    model =
        PageModel.paged(
            (page, size) -> accounts.list(query, page, size), a -> String.valueOf(a.id()));
  }

  public void create() {
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
      FormMessages.info(
          FormMessages.text("accounts.created", "Akun dibuat:") + " " + created.username());
      username = fullName = nip = email = scope = temporaryPassword = null;
      role = Role.VIEWER.name();
    } catch (BusinessException e) {
      FormMessages.show("account", NEW_FIELDS, e);
    }
  }

  /** A new search starts on the first page. */
  public void search() {
    Pages.firstPage("list:accounts");
  }

  public void unlock(AccountDto account) {
    accounts.unlock(account.id());
  }

  /** Loads the account named by the page's {@code ubah} parameter into the edit form. */
  public void loadEdit() {
    if (editId == null) {
      return;
    }
    try {
      AccountDto a = accounts.get(editId);
      editFullName = a.fullName();
      editNip = a.nip();
      editEmail = a.email();
      editRole = a.role();
      editScope = a.scope();
      editActive = a.active();
      editVersion = a.version();
      editUsername = a.username();
    } catch (BusinessException e) {
      editId = null;
      FormMessages.show("edit", Set.of(), e);
    }
  }

  public void save() {
    AccountUpdateRequest request = new AccountUpdateRequest();
    request.fullName = editFullName;
    request.nip = editNip;
    request.email = editEmail;
    request.role = editRole;
    request.scope = editScope;
    request.active = editActive;
    request.version = editVersion;
    try {
      AccountDto saved = accounts.update(editId, request);
      editVersion = saved.version();
      FormMessages.info(FormMessages.text("accounts.saved", "Disimpan."));
    } catch (BusinessException e) {
      FormMessages.show("edit", EDIT_FIELDS, e);
    }
  }

  public void resetPassword() {
    try {
      // The reset changes the account: the edit form goes on from its new version.
      editVersion = accounts.resetPassword(editId, newTemporaryPassword).version();
      newTemporaryPassword = null;
      FormMessages.info(FormMessages.text("accounts.passwordReset", "Kata sandi diatur ulang."));
    } catch (InvalidInputException e) {
      // The service names the field of its own request; on this form it is the new password's.
      FormMessages.show(
          "edit",
          Set.of("newTemporaryPassword"),
          new InvalidInputException("newTemporaryPassword", e.rule(), e.getMessage()));
    } catch (BusinessException e) {
      FormMessages.show("edit", Set.of(), e);
    }
  }

  public PageModel<AccountDto, PageDto<AccountDto>> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
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

  public Long getEditId() {
    return editId;
  }

  public void setEditId(Long editId) {
    this.editId = editId;
  }

  public String getEditUsername() {
    return editUsername;
  }

  public void setEditUsername(String editUsername) {
    this.editUsername = editUsername;
  }

  public String getEditFullName() {
    return editFullName;
  }

  public void setEditFullName(String editFullName) {
    this.editFullName = editFullName;
  }

  public String getEditNip() {
    return editNip;
  }

  public void setEditNip(String editNip) {
    this.editNip = editNip;
  }

  public String getEditEmail() {
    return editEmail;
  }

  public void setEditEmail(String editEmail) {
    this.editEmail = editEmail;
  }

  public String getEditRole() {
    return editRole;
  }

  public void setEditRole(String editRole) {
    this.editRole = editRole;
  }

  public String getEditScope() {
    return editScope;
  }

  public void setEditScope(String editScope) {
    this.editScope = editScope;
  }

  public boolean isEditActive() {
    return editActive;
  }

  public void setEditActive(boolean editActive) {
    this.editActive = editActive;
  }

  public Long getEditVersion() {
    return editVersion;
  }

  public void setEditVersion(Long editVersion) {
    this.editVersion = editVersion;
  }

  public String getNewTemporaryPassword() {
    return newTemporaryPassword;
  }

  public void setNewTemporaryPassword(String newTemporaryPassword) {
    this.newTemporaryPassword = newTemporaryPassword;
  }
}
