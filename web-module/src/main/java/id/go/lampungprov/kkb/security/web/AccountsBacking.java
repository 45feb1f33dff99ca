package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.Options;
import id.go.lampungprov.kkb.platform.web.PageModel;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.facade.AccountDetails;
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

  private static final Set<String> NEW_FIELDS = FormMessages.fieldsOf(AccountRequest.class);
  private static final Set<String> EDIT_FIELDS = FormMessages.fieldsOf(AccountDetails.class);

  private PageModel<AccountDto, PageDto<AccountDto>> model;
  private String query;
  private AccountRequest account = newAccount();
  private Long editId;
  private String editUsername;
  private AccountUpdateRequest edit = new AccountUpdateRequest();
  private String newTemporaryPassword;

  @PostConstruct
  void init() {
    model =
        PageModel.paged(
            (page, size) -> accounts.list(query, page, size), a -> String.valueOf(a.id()));
  }

  public void create() {
    try {
      AccountDto created = accounts.create(account);
      FormMessages.info(
          FormMessages.text("accounts.created", "Akun dibuat:") + " " + created.username());
      account = newAccount();
    } catch (BusinessException e) {
      FormMessages.show("account", NEW_FIELDS, e);
    }
  }

  /** An empty creation form: new accounts are viewers unless the administrator picks a role. */
  private static AccountRequest newAccount() {
    AccountRequest fresh = new AccountRequest();
    fresh.role = Role.VIEWER.name();
    return fresh;
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
      edit = new AccountUpdateRequest();
      edit.fullName = a.fullName();
      edit.nip = a.nip();
      edit.email = a.email();
      edit.role = a.role();
      edit.scope = a.scope();
      edit.active = a.active();
      edit.version = a.version();
      editUsername = a.username();
    } catch (BusinessException e) {
      editId = null;
      FormMessages.show("edit", Set.of(), e);
    }
  }

  public void save() {
    try {
      AccountDto saved = accounts.update(editId, edit);
      edit.version = saved.version();
      FormMessages.info(FormMessages.text("accounts.saved", "Disimpan."));
    } catch (BusinessException e) {
      FormMessages.show("edit", EDIT_FIELDS, e);
    }
  }

  public void resetPassword() {
    try {
      // The reset changes the account: the edit form goes on from its new version.
      edit.version = accounts.resetPassword(editId, newTemporaryPassword).version();
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
    return Options.names(Role.class);
  }

  /** The creation form. */
  public AccountRequest getAccount() {
    return account;
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

  /** The edit form of the account named by {@code ubah}. */
  public AccountUpdateRequest getEdit() {
    return edit;
  }

  public String getNewTemporaryPassword() {
    return newTemporaryPassword;
  }

  public void setNewTemporaryPassword(String newTemporaryPassword) {
    this.newTemporaryPassword = newTemporaryPassword;
  }
}
