package id.go.lampungprov.kkb.assessment.web;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentFacade;
import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.ClassificationDto;
import id.go.lampungprov.kkb.assessment.facade.ClassificationFacade;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classification and assessment tabs of a Kampung KB's page ({@code kampung-kb/detail.xhtml}):
 * the page belongs to registration, which builds on no assessment (docs/boundaries.md), so these
 * tabs read their rows here. Once per request: a table asks for its value several times a render.
 */
@Named
@RequestScoped
public class KampungKbAssessmentTabs {

  @Inject private ClassificationFacade classifications;
  @Inject private AssessmentFacade assessments;

  private final Map<Long, ClassificationDto> classification = new HashMap<>();
  private final Map<Long, List<AssessmentDto>> history = new HashMap<>();

  public ClassificationDto classification(long kampungKbId) {
    return classification.computeIfAbsent(kampungKbId, classifications::current);
  }

  public List<AssessmentDto> assessments(long kampungKbId) {
    return history.computeIfAbsent(kampungKbId, assessments::history);
  }
}
