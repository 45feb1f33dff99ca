package id.go.lampungprov.kkb.security.web;

import id.go.lampungprov.kkb.region.facade.RegionFacade;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.security.facade.AccountDto;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user as the layout shows them: name, role and the region they work in. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

  @Inject private AccountFacade accounts;
  @Inject private RegionFacade regions;

  private AccountDto account;
  private String scopeName;

  public boolean isLoggedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null;
  }

  public AccountDto getAccount() {
    if (account == null && isLoggedIn()) {
      account = accounts.me();
    }
    return account;
  }

  /** The scope's name, e.g. "Kabupaten Lampung Timur" for 18.07. */
  public String getScopeName() {
    if (scopeName == null && getAccount() != null) {
      String scope = getAccount().scope();
      // The national scope is no region of the gazetteer: the whole country.
      scopeName = Scope.NATIONAL_CODE.equals(scope) ? "Indonesia" : regions.get(scope).name();
    }
    return scopeName;
  }

  public boolean hasRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }
}
