package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SignatureBlock;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The Rekapitulasi Provinsi as PDF (table, growth chart, signature; optionally a page per regency
 * listing its districts) and as XLSX with the same figures as numbers.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class RecapDocumentService {

  static final String DEFAULT_ISSUER = "DPPPA";

  @EJB private ProvinceRecapService recaps;
  @EJB private DocumentService documents;
  @Inject private DocumentRepository documentRepository;
  @Inject private Letterheads letterheads;

  /** What a recap is about and how it is printed. */
  public record Request(RegionCode area, int year, boolean perRegency, String issuerCode) {}

  public byte[] draft(Request r) {
    Issuer issuer = issuer(r.issuerCode());
    return render(
        recaps(r),
        issuer,
        documents.signatureFor(issuer, DocumentType.REKAPITULASI_PROVINSI),
        null);
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(Request r, String baseUrl, boolean externalSignature) {
    Issuer issuer = issuer(r.issuerCode());
    List<AreaRecap> recap = recaps(r);
    AreaRecap main = recap.get(0);
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.REKAPITULASI_PROVINSI,
            "400.13",
            RecapParts.title(main) + " tahun " + main.year(),
            issuer.code(),
            "Recap:" + main.areaCode() + ":" + main.year(),
            r.area(),
            baseUrl,
            externalSignature,
            stamp -> render(recap, issuer, stamp.signature(), stamp)));
  }

  public byte[] xlsx(Request r) {
    AreaRecap recap = recaps.recap(r.area(), r.year());
    return RecapParts.xlsx(recap, RecapParts.xlsxRows(recap));
  }

  private List<AreaRecap> recaps(Request r) {
    return recaps.recaps(r.area(), r.year(), r.perRegency());
  }

  private Issuer issuer(String code) {
    String wanted = code == null || code.isBlank() ? DEFAULT_ISSUER : code;
    return documentRepository
        .findIssuer(wanted)
        .orElseThrow(
            () -> new InvalidInputException("issuer", "unknown-issuer", "no issuer " + wanted));
  }

  private byte[] render(
      List<AreaRecap> recap, Issuer issuer, SignatureBlock signature, DocumentService.Stamp stamp) {
    return ReportRenderer.pdf(
        RecapParts.pdf(recap, letterheads.of(issuer), signature, issuer, stamp));
  }
}
