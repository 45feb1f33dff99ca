package id.go.lampungprov.kkb.reporting.web;

import id.go.lampungprov.kkb.reporting.facade.DashboardFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Beranda: counts for the user's scope, growth per year, and the assessments waiting for them. */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject private DashboardFacade dashboards;

  private DashboardFacade.Dashboard dashboard;

  public DashboardFacade.Dashboard getDashboard() {
    if (dashboard == null) {
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      Set<String> roles =
          Arrays.stream(Role.values())
              .map(Enum::name)
              .filter(context::isUserInRole)
              .collect(Collectors.toSet());
      dashboard = dashboards.of(context.getRemoteUser(), roles);
    }
    return dashboard;
  }
}
