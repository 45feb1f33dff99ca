package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.assessment.application.AssessmentService;
import id.go.lampungprov.kkb.assessment.application.ClassificationService;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Issuers;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.FiguresService;
import id.go.lampungprov.kkb.registration.application.KampungKbService;
import id.go.lampungprov.kkb.registration.application.PokjaService;
import id.go.lampungprov.kkb.registration.application.ProfileService;
import id.go.lampungprov.kkb.registration.domain.InterventionRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.KampungKbProfileReport;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.Signature;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.model.ProfileRow;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Profil Kampung KB: registration, Pokja and cadres, profile checklist, the latest monthly
 * figures with CPR, MKJP share and unmet need, the classification with each indicator's result,
 * interventions and the assessment history. Persons appear by name and role only, never by NIK.
 * This service gathers the records and issues the document; {@link ProfileSections} words them.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class KampungKbProfileService {

  @EJB private KampungKbService registry;
  @EJB private PokjaService pokja;
  @EJB private ProfileService profiles;
  @EJB private FiguresService figures;
  @EJB private ClassificationService classifications;
  @EJB private AssessmentService assessments;
  @EJB private RegionService regions;
  @EJB private DocumentService documents;
  @Inject private InterventionRepository interventions;
  @Inject private Issuers issuers;
  @Inject private Letterheads letterheads;

  public byte[] draft(long kampungKbId) {
    KampungKb kkb = registry.get(kampungKbId);
    Issuer issuer = issuer();
    return ReportRenderer.pdf(
        profile(
            kkb,
            letterheads.of(issuer),
            null,
            Letterheads.signature(
                issuers.signatureFor(issuer, DocumentType.PROFIL_KAMPUNG_KB),
                issuer,
                LocalDate.now(ProvinceRecapService.JAKARTA))));
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(long kampungKbId, String baseUrl, SigningRoute signing) {
    KampungKb kkb = registry.get(kampungKbId);
    Issuer issuer = issuer();
    Letterhead letterhead = letterheads.of(issuer);
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.PROFIL_KAMPUNG_KB,
            "Profil Kampung KB " + kkb.name(),
            issuer,
            "KampungKb:" + kkb.id(),
            kkb.village(),
            baseUrl,
            signing,
            stamp ->
                ReportRenderer.pdf(
                    profile(
                        kkb,
                        letterhead,
                        Letterheads.mark(stamp),
                        Letterheads.signature(stamp.signature(), issuer, stamp.date())))));
  }

  private Issuer issuer() {
    return issuers.of(DocumentType.PROFIL_KAMPUNG_KB, null);
  }

  private KampungKbProfileReport profile(
      KampungKb kkb, Letterhead letterhead, IssueMark mark, Signature signature) {
    List<String> place = placeNames(kkb.village());
    List<ProfileRow> rows = new ArrayList<>();
    ProfileSections.registration(rows, kkb, place);
    ProfileSections.pokjaAndCadres(rows, pokja.pokja(kkb.id()), pokja.cadres(kkb.id()));
    ProfileSections.checklist(rows, profiles.history(kkb.id()));
    ProfileSections.latestFigures(rows, figures.history(kkb.id()));
    ProfileSections.classification(rows, classifications.current(kkb.id()));
    ProfileSections.interventions(rows, interventions.of(kkb));
    ProfileSections.assessmentHistory(rows, assessments.history(kkb.id()));
    return new KampungKbProfileReport(
        letterhead, mark, signature, kkb.name() + " — " + String.join(", ", place), rows);
  }

  /** Village, district, regency names, nearest first. */
  private List<String> placeNames(RegionCode village) {
    List<RegionCode> codes = new ArrayList<>(village.ancestors());
    codes.add(village);
    Map<String, String> names = new HashMap<>();
    for (Region r : regions.findRegions(codes)) {
      names.put(r.code().value(), r.name());
    }
    List<String> result = new ArrayList<>();
    for (int i = codes.size() - 1; i >= 1; i--) {
      String prefix =
          switch (codes.get(i).level()) {
            case VILLAGE -> "Desa/Kel. ";
            case DISTRICT -> "Kec. ";
            default -> "";
          };
      result.add(prefix + names.getOrDefault(codes.get(i).value(), codes.get(i).value()));
    }
    return result;
  }
}
