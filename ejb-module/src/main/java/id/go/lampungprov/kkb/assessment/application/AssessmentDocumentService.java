package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStage;
import id.go.lampungprov.kkb.assessment.domain.InstrumentIndicator;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Issuers;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.reports.document.AssessmentMinutes;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.TemplateParameters;
import id.go.lampungprov.kkb.reports.model.ScoreRow;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Berita Acara Penilaian with the Hasil Penilaian COE: the date in words, the Kampung KB
 * assessed, the consolidated level and points of every indicator, total, category, recommendations
 * and a signature block for each assessor. Available once the result exists.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class AssessmentDocumentService {

  @EJB private AssessmentService assessments;
  @EJB private DocumentService documents;
  @EJB private RegionService regions;
  @Inject private Issuers issuers;
  @Inject private Letterheads letterheads;
  @Inject private AccountRepository accounts;

  public byte[] draft(long assessmentId) {
    Assessment a = withResult(assessmentId);
    return ReportRenderer.pdf(minutes(a, letterheads.of(issuer()), null));
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(long assessmentId, String baseUrl, SigningRoute signing) {
    Assessment a = withResult(assessmentId);
    Issuer issuer = issuer();
    AssessmentMinutes draft = minutes(a, letterheads.of(issuer), null);
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.BERITA_ACARA_PENILAIAN,
            "Berita Acara Penilaian COE " + a.kampungKb().name() + ", periode " + a.period(),
            issuer,
            "Assessment:" + a.id(),
            a.kampungKb().village(),
            baseUrl,
            signing,
            stamp -> ReportRenderer.pdf(withMark(draft, Letterheads.mark(stamp)))));
  }

  private Assessment withResult(long id) {
    Assessment a = assessments.get(id);
    if (a.total().isEmpty()) {
      throw new ConflictException(
          "status", "no-result", "the minutes are made once the chair has submitted the result");
    }
    return a;
  }

  private Issuer issuer() {
    return issuers.of(DocumentType.BERITA_ACARA_PENILAIAN, null);
  }

  private AssessmentMinutes minutes(Assessment a, Letterhead letterhead, IssueMark mark) {
    List<ScoreRow> rows =
        a.instrument().indicators().stream()
            .map(
                i -> {
                  BigDecimal level = a.consolidated(i.code()).orElse(BigDecimal.ONE);
                  return new ScoreRow(
                      i.aspect(),
                      i.code() + " " + i.title(),
                      String.valueOf(i.weight()),
                      TemplateParameters.decimal(level),
                      TemplateParameters.decimal(points(i, level)));
                })
            .toList();
    List<String> weak =
        a.instrument().indicators().stream()
            .filter(
                i ->
                    a.consolidated(i.code()).orElse(BigDecimal.ONE).compareTo(BigDecimal.valueOf(3))
                        < 0)
            .map(InstrumentIndicator::title)
            .toList();
    return new AssessmentMinutes(
        letterhead,
        mark,
        day(a),
        a.stage() == AssessmentStage.REGENCY,
        a.kampungKb().name(),
        place(a),
        a.period(),
        a.instrument().code(),
        a.instrument().revision(),
        a.total().orElseThrow(),
        a.category().orElseThrow().name(),
        a.consensus().stream()
            .map(
                c ->
                    new AssessmentMinutes.Agreement(
                        c.indicator(), String.valueOf(c.level()), c.reason()))
            .toList(),
        weak,
        a.team().stream()
            .map(
                m ->
                    new AssessmentMinutes.Assessor(
                        accounts
                            .findByUsername(m.username())
                            .map(Account::fullName)
                            .orElse(m.username()),
                        m.chair()))
            .toList(),
        rows);
  }

  private static AssessmentMinutes withMark(AssessmentMinutes m, IssueMark mark) {
    return new AssessmentMinutes(
        m.letterhead(),
        mark,
        m.day(),
        m.regencyStage(),
        m.kampungKb(),
        m.place(),
        m.period(),
        m.instrument(),
        m.revision(),
        m.total(),
        m.category(),
        m.agreements(),
        m.weakIndicators(),
        m.team(),
        m.scores());
  }

  /** The day of the field visit, else of the interview, else of the paper review, else today. */
  private static LocalDate day(Assessment a) {
    return Stream.of(
            a.schedule() == null ? null : a.schedule().fieldVisit(),
            a.schedule() == null ? null : a.schedule().interview(),
            a.schedule() == null ? null : a.schedule().paperReview())
        .filter(d -> d != null)
        .findFirst()
        .orElse(LocalDate.now(ZoneId.of("Asia/Jakarta")));
  }

  /** The village's name (its code if unknown), then the regions above it, nearest first. */
  private List<String> place(Assessment a) {
    List<String> place = new ArrayList<>();
    place.add(
        regions
            .findRegion(a.kampungKb().village())
            .map(Region::name)
            .orElse(a.kampungKb().village().value()));
    List<String> above =
        new ArrayList<>(
            a.kampungKb().village().ancestors().stream()
                .skip(1)
                .map(regions::findRegion)
                .flatMap(Optional::stream)
                .map(Region::name)
                .toList());
    Collections.reverse(above);
    place.addAll(above);
    return place;
  }

  private static BigDecimal points(InstrumentIndicator i, BigDecimal level) {
    return level
        .subtract(BigDecimal.ONE)
        .multiply(BigDecimal.valueOf(i.weight()))
        .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
  }
}
