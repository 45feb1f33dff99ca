package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.AssessmentCategory;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStage;
import id.go.lampungprov.kkb.assessment.domain.Consensus;
import id.go.lampungprov.kkb.assessment.domain.InstrumentIndicator;
import id.go.lampungprov.kkb.assessment.domain.TeamMember;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.ReportTemplate;
import id.go.lampungprov.kkb.reports.format.IndonesianNumbers;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  static final String ISSUER = "DPPPA";

  @EJB private AssessmentService assessments;
  @EJB private DocumentService documents;
  @EJB private RegionService regions;
  @Inject private DocumentRepository documentRepository;
  @Inject private Letterheads letterheads;
  @Inject private AccountRepository accounts;

  public byte[] draft(long assessmentId) {
    Assessment a = withResult(assessmentId);
    return render(a, issuer(), null);
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(long assessmentId, String baseUrl, boolean externalSignature) {
    Assessment a = withResult(assessmentId);
    Issuer issuer = issuer();
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.BERITA_ACARA_PENILAIAN,
            "000.1.2.3",
            "Berita Acara Penilaian COE " + a.kampungKb().name() + ", periode " + a.period(),
            issuer.code(),
            "Assessment:" + a.id(),
            a.kampungKb().village(),
            baseUrl,
            externalSignature,
            stamp -> render(a, issuer, stamp)));
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
    return documentRepository.findIssuer(ISSUER).orElseThrow();
  }

  private byte[] render(Assessment a, Issuer issuer, DocumentService.Stamp stamp) {
    Map<String, Object> p = new HashMap<>(letterheads.of(issuer));
    Letterheads.stamp(p, stamp);
    p.put("OPENING", opening(a));
    p.put("RESULT", result(a));
    p.put(
        "CLOSING",
        "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.");
    p.put("SIGNATURES", signatures(a));
    List<ScoreRow> rows =
        a.instrument().indicators().stream()
            .map(
                i -> {
                  BigDecimal level = a.consolidated(i.code()).orElse(BigDecimal.ONE);
                  return new ScoreRow(
                      i.aspect(),
                      i.code() + " " + i.title(),
                      String.valueOf(i.weight()),
                      decimal(level),
                      decimal(points(i, level)));
                })
            .toList();
    return ReportRenderer.pdf(ReportTemplate.BERITA_ACARA_PENILAIAN, p, rows);
  }

  private String opening(Assessment a) {
    LocalDate day =
        Stream.of(
                a.schedule() == null ? null : a.schedule().fieldVisit(),
                a.schedule() == null ? null : a.schedule().interview(),
                a.schedule() == null ? null : a.schedule().paperReview())
            .filter(d -> d != null)
            .findFirst()
            .orElse(LocalDate.now(ZoneId.of("Asia/Jakarta")));
    List<String> above =
        new java.util.ArrayList<>(
            a.kampungKb().village().ancestors().stream()
                .skip(1)
                .map(regions::findRegion)
                .flatMap(Optional::stream)
                .map(Region::name)
                .toList());
    java.util.Collections.reverse(above);
    String village = String.join(", ", above);
    Optional<Region> desa = regions.findRegion(a.kampungKb().village());
    return "Pada hari ini <b>"
        + IndonesianNumbers.dateInWords(day)
        + "</b>, kami Tim Penilai tahap "
        + (a.stage() == AssessmentStage.REGENCY ? "kabupaten/kota" : "provinsi")
        + " telah melaksanakan penilaian Center of Excellence (COE) pengelolaan Kampung KB"
        + " terhadap <b>"
        + Letterheads.escape(a.kampungKb().name())
        + "</b>, "
        + Letterheads.escape(desa.map(Region::name).orElse(a.kampungKb().village().value()))
        + (village.isEmpty() ? "" : ", " + Letterheads.escape(village))
        + ", periode "
        + Letterheads.escape(a.period())
        + ", dengan instrumen "
        + a.instrument().code()
        + " revisi "
        + a.instrument().revision()
        + ". Hasil penilaian sebagai berikut:";
  }

  private static String result(Assessment a) {
    BigDecimal total = a.total().orElseThrow();
    AssessmentCategory category = a.category().orElseThrow();
    StringBuilder s =
        new StringBuilder("<b>Jumlah skor: ")
            .append(decimal(total))
            .append(" dari 100 — Kategori: ")
            .append(label(category))
            .append("</b>");
    for (Consensus c : a.consensus()) {
      s.append("\nKesepakatan tim untuk ")
          .append(c.indicator())
          .append(": nilai ")
          .append(c.level())
          .append(" (")
          .append(Letterheads.escape(c.reason()))
          .append(").");
    }
    List<String> weak =
        a.instrument().indicators().stream()
            .filter(
                i ->
                    a.consolidated(i.code()).orElse(BigDecimal.ONE).compareTo(BigDecimal.valueOf(3))
                        < 0)
            .map(i -> Letterheads.escape(i.title()))
            .toList();
    s.append("\n<b>Rekomendasi:</b> ")
        .append(
            weak.isEmpty()
                ? "pertahankan praktik baik dan bagikan kepada Kampung KB lain sebagai rujukan."
                : "tingkatkan " + String.join("; ", weak) + ".");
    return s.toString();
  }

  private String signatures(Assessment a) {
    StringBuilder s = new StringBuilder("<b>Tim Penilai</b>");
    int n = 1;
    for (TeamMember m : a.team()) {
      String name =
          accounts.findByUsername(m.username()).map(Account::fullName).orElse(m.username());
      s.append("\n")
          .append(n++)
          .append(". ")
          .append(Letterheads.escape(name))
          .append(m.chair() ? " (Ketua)" : " (Anggota)")
          .append(
              "      ditandatangani secara elektronik melalui sistem ............................");
    }
    return s.toString();
  }

  private static String label(AssessmentCategory c) {
    return switch (c) {
      case COE -> "Center of Excellence (COE)";
      case MANDIRI -> "Mandiri";
      case BERKEMBANG -> "Berkembang";
      case DASAR -> "Dasar";
    };
  }

  private static BigDecimal points(InstrumentIndicator i, BigDecimal level) {
    return level
        .subtract(BigDecimal.ONE)
        .multiply(BigDecimal.valueOf(i.weight()))
        .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
  }

  /** Two decimals with a decimal comma, as Indonesian documents write them. */
  static String decimal(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }
}
