package id.go.lampungprov.kkb.portal.web;

import id.go.lampungprov.kkb.assessment.domain.ClassificationNote;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.portal.application.PublicPortalService;
import id.go.lampungprov.kkb.portal.application.PublicViews;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/** The public profile page of one Kampung KB ({@code ?id=}); 404 for an unknown or inactive one. */
@Named("publicProfile")
@RequestScoped
public class PublicProfileBacking {

  @EJB private PublicPortalService portal;

  private String id;
  private PublicViews.Profile profile;

  public void load() throws IOException {
    profile = Pages.found("KampungKb", id, portal::profile, "Kampung KB tidak ditemukan");
  }

  /** An indicator's note in the reader's language. */
  public String note(String note) {
    return ClassificationNote.text(
        note, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PublicViews.Profile getProfile() {
    return profile;
  }
}
