package id.go.lampungprov.kkb.assessment.facade;

import id.go.lampungprov.kkb.assessment.application.ClassificationService;
import id.go.lampungprov.kkb.assessment.domain.ClassIndex;
import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.ClassificationDto;
import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.IndicatorDto;
import id.go.lampungprov.kkb.assessment.facade.ClassificationDtos.SummaryDto;
import id.go.lampungprov.kkb.monitoring.application.ReportingMonthService;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.KampungKbInput;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class ClassificationFacade {

  @EJB private ClassificationService classifications;
  @EJB private ReportingMonthService reportingMonths;

  public SummaryDto summary(String region, String kampungKbClass, Integer page, Integer size) {
    ClassificationService.Summary s =
        classifications.summary(
            Optional.ofNullable(region)
                .filter(r -> !r.isBlank())
                .map(r -> RegionCode.parse("region", r)),
            Optional.ofNullable(kampungKbClass)
                .filter(c -> !c.isBlank())
                .map(c -> KampungKbInput.parseEnum(KampungKbClass.class, "class", c)),
            PageRequest.of(page, size));
    return new SummaryDto(
        s.region(),
        s.ruleSetVersion(),
        s.counts(),
        s.byRegency(),
        dtos(s.page().content()),
        s.page().totalElements(),
        s.page().page(),
        s.page().size());
  }

  public ClassificationDto current(long kampungKbId) {
    return dtos(List.of(classifications.current(kampungKbId))).get(0);
  }

  public List<ClassificationDto> history(long kampungKbId) {
    return dtos(classifications.history(kampungKbId));
  }

  /** The results with, for each, whether its month of figures was approved (one look-up). */
  private List<ClassificationDto> dtos(List<Classification> results) {
    Set<String> approved =
        reportingMonths.approvedFor(
            results.stream().map(c -> c.kampungKb().village()).collect(Collectors.toSet()),
            results.stream().flatMap(c -> c.period().stream()).collect(Collectors.toSet()));
    return results.stream()
        .map(
            c ->
                dto(
                    c,
                    c.period()
                        .map(p -> approved.contains(c.kampungKb().village().value() + "/" + p))
                        .orElse(false)))
        .toList();
  }

  static ClassificationDto dto(Classification c, boolean dataPeriodApproved) {
    return new ClassificationDto(
        c.kampungKb().id(),
        c.kampungKb().name(),
        c.kampungKb().village().value(),
        c.kampungKbClass().name(),
        c.index(ClassIndex.INPUT).orElse(null),
        c.index(ClassIndex.PROCESS).orElse(null),
        c.index(ClassIndex.OUTPUT).orElse(null),
        c.period().map(YearMonth::toString).orElse(null),
        dataPeriodApproved,
        c.ruleSetVersion(),
        c.computedAt(),
        c.current(),
        c.indicators().stream()
            .map(
                i ->
                    new IndicatorDto(
                        i.index().name(),
                        i.code(),
                        i.rawValue(),
                        i.score(),
                        i.assessable(),
                        i.note()))
            .toList());
  }
}
