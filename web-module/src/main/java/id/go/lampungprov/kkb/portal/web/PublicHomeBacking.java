package id.go.lampungprov.kkb.portal.web;

import id.go.lampungprov.kkb.portal.application.PublicPortalService;
import id.go.lampungprov.kkb.portal.application.PublicViews;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The portal's home: counts per class, growth per year, the latest events held. */
@Named("publicHome")
@RequestScoped
public class PublicHomeBacking {

  @EJB private PublicPortalService portal;

  private PublicViews.Home home;

  public PublicViews.Home getHome() {
    if (home == null) {
      home = portal.home();
    }
    return home;
  }

  /** The width of a year's bar in percent of the largest cumulative count. */
  public long barWidth(long cumulative) {
    long max =
        getHome().perYear().stream().mapToLong(PublicViews.YearCount::cumulative).max().orElse(0);
    return max == 0 ? 0 : Math.max(1, cumulative * 100 / max);
  }
}
