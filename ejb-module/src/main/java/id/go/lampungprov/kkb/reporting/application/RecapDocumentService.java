package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Issuers;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
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

  @EJB private ProvinceRecapService recaps;
  @EJB private DocumentService documents;
  @Inject private Issuers issuers;
  @Inject private Letterheads letterheads;

  /**
   * What a recap is about and how it is printed.
   *
   * @param area a province or regency, or the country (the national scope)
   */
  public record Request(Scope area, int year, boolean perRegency, String issuerCode) {}

  public byte[] draft(Request r) {
    return draft(recaps(r), issuer(r.issuerCode()));
  }

  /** The recaps as a draft PDF of the issuer, signed on the day the figures stand. */
  public byte[] draft(List<AreaRecap> recap, Issuer issuer) {
    return ReportRenderer.pdf(
        RecapParts.recap(
            recap,
            letterheads.of(issuer),
            Letterheads.signature(
                issuers.signatureFor(issuer, DocumentType.REKAPITULASI_PROVINSI),
                issuer,
                recap.get(0).asOf()),
            null));
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(Request r, String baseUrl, boolean externalSignature) {
    // A province signs only its own reports: the national recap is read, never issued.
    RegionCode region =
        r.area()
            .region()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "region",
                        "national-recap-not-issued",
                        "the national recap (region=ID) is a draft only: a province or regency"
                            + " issues its own recap"));
    Issuer issuer = issuer(r.issuerCode());
    List<AreaRecap> recap = recaps(r);
    AreaRecap main = recap.get(0);
    Letterhead letterhead = letterheads.of(issuer);
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.REKAPITULASI_PROVINSI,
            RecapParts.title(main) + " tahun " + main.year(),
            issuer,
            "Recap:" + main.areaCode() + ":" + main.year(),
            region,
            baseUrl,
            externalSignature,
            stamp ->
                ReportRenderer.pdf(
                    RecapParts.recap(
                        recap,
                        letterhead,
                        Letterheads.signature(stamp.signature(), issuer, stamp.date()),
                        Letterheads.mark(stamp)))));
  }

  public byte[] xlsx(Request r) {
    AreaRecap recap = recaps.recaps(r.area(), r.year(), false).get(0);
    return RecapParts.xlsx(recap, RecapParts.xlsxRows(recap));
  }

  private List<AreaRecap> recaps(Request r) {
    return recaps.recaps(r.area(), r.year(), r.perRegency());
  }

  private Issuer issuer(String code) {
    return issuers.chosen(DocumentType.REKAPITULASI_PROVINSI, code);
  }
}
