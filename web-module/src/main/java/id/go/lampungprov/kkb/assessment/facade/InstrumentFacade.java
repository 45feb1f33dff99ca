package id.go.lampungprov.kkb.assessment.facade;

import id.go.lampungprov.kkb.assessment.application.InstrumentService;
import id.go.lampungprov.kkb.assessment.domain.Instrument;
import id.go.lampungprov.kkb.assessment.domain.InstrumentIndicator;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.IndicatorDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.InstrumentDto;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/**
 * Assessment instruments as DTOs: aspects and indicators with weights, a 1–4 rubric and category
 * bands, drafted, published and revised. Apart from {@link AssessmentFacade} since an instrument is
 * maintained by the province on its own, before and regardless of any assessment.
 */
@ApplicationScoped
public class InstrumentFacade {

  @EJB private InstrumentService instruments;

  public List<InstrumentDto> instruments() {
    return instruments.list().stream().map(InstrumentFacade::dto).toList();
  }

  public InstrumentDto instrument(long id) {
    return dto(instruments.get(id));
  }

  public InstrumentDto createInstrument(AssessmentDtos.InstrumentRequest r) {
    return dto(instruments.create(r.code, r.title, indicators(r), bands(r)));
  }

  public InstrumentDto changeInstrument(long id, Long version, AssessmentDtos.InstrumentRequest r) {
    return dto(instruments.change(id, version, r.title, indicators(r), bands(r)));
  }

  public InstrumentDto publish(long id) {
    return dto(instruments.publish(id));
  }

  public InstrumentDto newRevision(long id) {
    return dto(instruments.newRevision(id));
  }

  private static List<InstrumentIndicator> indicators(AssessmentDtos.InstrumentRequest r) {
    return r.indicators.stream()
        .map(
            i -> new InstrumentIndicator(i.aspect, i.code, i.title, i.weight, i.rubric, i.evidence))
        .toList();
  }

  private static int[] bands(AssessmentDtos.InstrumentRequest r) {
    return r.bands.stream().mapToInt(b -> b == null ? -1 : b).toArray();
  }

  static InstrumentDto dto(Instrument i) {
    return new InstrumentDto(
        i.id(),
        i.code(),
        i.revision(),
        i.title(),
        i.published(),
        Arrays.stream(i.bands()).boxed().toList(),
        i.indicators().stream()
            .map(
                x ->
                    new IndicatorDto(
                        x.aspect(), x.code(), x.title(), x.weight(), x.rubric(), x.evidence()))
            .toList(),
        i.version());
  }
}
