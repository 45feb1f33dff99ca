package id.go.lampungprov.kkb.reporting.facade;

import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.reporting.application.KampungKbProfileService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The Profil Kampung KB, as a draft or issued. */
@ApplicationScoped
public class KampungKbProfileFacade {

  @EJB private KampungKbProfileService profiles;

  public byte[] profileDraft(long kampungKbId) {
    return profiles.draft(kampungKbId);
  }

  public DocumentDto issueProfile(long kampungKbId, String baseUrl, SigningRoute signing) {
    return DocumentFacade.dto(profiles.issue(kampungKbId, baseUrl, signing));
  }
}
