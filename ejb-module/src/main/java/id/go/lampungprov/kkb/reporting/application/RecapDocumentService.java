package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Issuers;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.monitoring.application.InpresRecapService;
import id.go.lampungprov.kkb.monitoring.domain.InpresRecap;
import id.go.lampungprov.kkb.platform.cluster.DataVersion;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reporting.domain.DataBasis;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Rekapitulasi Provinsi as PDF (table, growth chart, signature; optionally a page per regency
 * listing its districts; the annex of interventions per Inpres 3/2022 target) and as XLSX with the
 * same figures as numbers.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class RecapDocumentService {

  @EJB private ProvinceRecapService recaps;
  @EJB private DocumentService documents;
  @EJB private InpresRecapService inpresRecaps;
  @Inject private Issuers issuers;
  @Inject private Letterheads letterheads;
  @Inject private DataVersion dataVersion;
  @Inject private RecapFiles kept;

  /**
   * What a recap is about and how it is printed.
   *
   * @param area a province or regency, or the country (the national scope)
   */
  public record Request(Scope area, int year, boolean perRegency, String issuerCode) {}

  /** A recap file and its entity tag; {@code data} is null when the caller's copy is current. */
  public record TaggedFile(String tag, byte[] data) {}

  /**
   * The recap file with its entity tag, in one call: the same checks as any download first (area,
   * year, scope, issuer), so a caller who may not read the recap is refused here and never told
   * that a copy is still current; then the tag, and only when the caller's copy is not current
   * ({@code current}) the file: kept bytes of the same tag when {@code reuse}, else gathered and
   * rendered. The data version is taken before any of the recap's data is read, so a file rendered
   * after it is at least that new.
   *
   * @param format {@code pdf} or {@code xlsx}
   * @param current whether the caller holds the file of this tag (its {@code If-None-Match})
   * @param reuse false for a forced reload: render even when bytes of this tag are kept
   */
  public TaggedFile file(Request r, String format, Predicate<String> current, boolean reuse) {
    String version = dataVersion.current();
    LocalDate asOf = recaps.readable(r.area(), r.year());
    Issuer issuer = issuer(r.issuerCode());
    String tag =
        RecapTag.of(
            new RecapTag.Inputs(
                version, format, r.area().code(), r.year(), r.perRegency(), issuer.code(), asOf));
    if (current.test(tag)) {
      return new TaggedFile(tag, null);
    }
    byte[] data = reuse ? kept.get(tag) : null;
    if (data == null) {
      data = format.equals("xlsx") ? xlsx(r) : draft(r, issuer);
      kept.put(tag, data);
    }
    return new TaggedFile(tag, data);
  }

  public byte[] draft(Request r) {
    return draft(r, issuer(r.issuerCode()));
  }

  private byte[] draft(Request r, Issuer issuer) {
    List<AreaRecap> recap = recaps(r);
    return draft(recap, issuer, inpres(recap.get(0)), basis(r));
  }

  /**
   * The recaps as a draft PDF of the issuer, signed on the day the figures stand, without the
   * Inpres annex (as the recap benchmark measures it).
   */
  public byte[] draft(List<AreaRecap> recap, Issuer issuer) {
    return draft(recap, issuer, null, null);
  }

  private byte[] draft(List<AreaRecap> recap, Issuer issuer, InpresRecap inpres, DataBasis basis) {
    return ReportRenderer.pdf(
        RecapParts.recap(
            recap,
            inpres,
            basis,
            letterheads.of(issuer),
            Letterheads.signature(
                issuers.signatureFor(issuer, DocumentType.REKAPITULASI_PROVINSI),
                issuer,
                recap.get(0).asOf()),
            null));
  }

  /** The interventions per Inpres target and per line of the main recap, for its annex. */
  private InpresRecap inpres(AreaRecap main) {
    Optional<RegionCode> area =
        main.level() == AreaRecap.Level.COUNTRY
            ? Optional.empty()
            : Optional.of(RegionCode.of(main.areaCode()));
    return inpresRecaps.recap(area, main.year());
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(Request r, String baseUrl, SigningRoute signing) {
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
    InpresRecap inpres = inpres(main);
    DataBasis basis = basis(r);
    Letterhead letterhead = letterheads.of(issuer);
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.REKAPITULASI_PROVINSI,
            RecapParts.title(main) + " tahun " + main.year(),
            issuer,
            "Recap:" + main.areaCode() + ":" + main.year(),
            region,
            baseUrl,
            signing,
            stamp ->
                ReportRenderer.pdf(
                    RecapParts.recap(
                        recap,
                        inpres,
                        basis,
                        letterhead,
                        Letterheads.signature(stamp.signature(), issuer, stamp.date()),
                        Letterheads.mark(stamp)))));
  }

  public byte[] xlsx(Request r) {
    AreaRecap recap = recaps.recaps(r.area(), r.year(), false).get(0);
    return RecapParts.xlsx(recap, RecapParts.xlsxRows(recap), basis(r));
  }

  /** Which months of figures the recap's classes used, and whether they were approved. */
  private DataBasis basis(Request r) {
    return recaps.dataBasis(r.area(), r.year());
  }

  private List<AreaRecap> recaps(Request r) {
    return recaps.recaps(r.area(), r.year(), r.perRegency());
  }

  private Issuer issuer(String code) {
    return issuers.chosen(DocumentType.REKAPITULASI_PROVINSI, code);
  }
}
