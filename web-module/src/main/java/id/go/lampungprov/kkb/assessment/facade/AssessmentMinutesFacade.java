package id.go.lampungprov.kkb.assessment.facade;

import id.go.lampungprov.kkb.assessment.application.AssessmentDocumentService;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The Berita Acara Penilaian of an assessment, as a draft or issued. */
@ApplicationScoped
public class AssessmentMinutesFacade {

  @EJB private AssessmentDocumentService minutes;

  public byte[] minutesDraft(long assessmentId) {
    return minutes.draft(assessmentId);
  }

  public DocumentDto issueMinutes(long assessmentId, String baseUrl, boolean externalSignature) {
    return DocumentFacade.dto(minutes.issue(assessmentId, baseUrl, externalSignature));
  }
}
