package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Issuers;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.platform.cluster.DataVersion;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
  @Inject private DataVersion dataVersion;

  /** What a recap is about and how it is printed. */
  public record Request(RegionCode area, int year, boolean perRegency, String issuerCode) {}

  /**
   * The entity tag the recap file would have now, without gathering or rendering it: the same
   * checks as a download first (area, year, scope, issuer), so a caller who may not read the recap
   * is refused here, never told that a copy is still current. The data version is taken before any
   * of the recap's data is read, so a file rendered after this call is at least that new.
   *
   * @param format {@code pdf} or {@code xlsx}
   */
  public String tag(Request r, String format) {
    String version = dataVersion.current();
    LocalDate asOf = recaps.readable(r.area(), r.year());
    Issuer issuer = issuer(r.issuerCode());
    return RecapTag.of(
        new RecapTag.Inputs(
            version, format, r.area().value(), r.year(), r.perRegency(), issuer.code(), asOf));
  }

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
            r.area(),
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
    AreaRecap recap = recaps.recap(r.area(), r.year());
    return RecapParts.xlsx(recap, RecapParts.xlsxRows(recap));
  }

  private List<AreaRecap> recaps(Request r) {
    return recaps.recaps(r.area(), r.year(), r.perRegency());
  }

  private Issuer issuer(String code) {
    return issuers.chosen(DocumentType.REKAPITULASI_PROVINSI, code);
  }
}
