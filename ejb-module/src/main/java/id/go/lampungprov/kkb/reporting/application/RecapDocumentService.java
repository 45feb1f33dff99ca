package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SignatureBlock;
import id.go.lampungprov.kkb.platform.spreadsheet.XlsxWriter;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.ReportTemplate;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.reports.model.GrowthRow;
import id.go.lampungprov.kkb.reports.model.RecapRow;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The Rekapitulasi Provinsi as PDF (table, growth chart, signature; optionally a page per regency
 * listing its districts) and as XLSX with the same figures as numbers.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class RecapDocumentService {

  static final String DEFAULT_ISSUER = "DPPPA";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

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
            title(main) + " tahun " + main.year(),
            issuer.code(),
            "Recap:" + main.areaCode() + ":" + main.year(),
            r.area(),
            baseUrl,
            externalSignature,
            stamp -> render(recap, issuer, stamp.signature(), stamp)));
  }

  public byte[] xlsx(Request r) {
    AreaRecap recap = recaps.recap(r.area(), r.year());
    List<String> header =
        List.of(
            "Kode",
            recap.province() ? "Kabupaten/Kota" : "Kecamatan",
            "Desa/Kelurahan",
            "Kampung KB",
            "Cakupan (%)",
            "Kampung KB baru " + recap.year(),
            "Dasar",
            "Berkembang",
            "Mandiri",
            "Berkelanjutan",
            "Belum diklasifikasi",
            "COE",
            "Kegiatan " + recap.year(),
            "Peserta hadir " + recap.year());
    List<List<Object>> rows = new ArrayList<>();
    for (AreaRecap.Line l : recap.lines()) {
      rows.add(cells(l));
    }
    List<Object> total = cells(recap.total());
    total.set(0, "");
    rows.add(total);
    return XlsxWriter.write("Rekapitulasi " + recap.year(), header, rows);
  }

  /**
   * Renders the same rows twice: once through the whole service (queries, assembly, fill, export)
   * and once as the bare JasperReports fill and export, so the cost of everything around
   * JasperReports shows. Median milliseconds of {@code runs} each.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public Map<String, Object> benchmark(Request r, int runs) {
    if (runs < 1 || runs > 50) {
      throw new InvalidInputException("runs", "range", "runs must lie between 1 and 50");
    }
    Issuer issuer = issuer(r.issuerCode());
    long[] service = new long[runs];
    long[] raw = new long[runs];
    int pages = 0;
    List<AreaRecap> recap = recaps(r);
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      List<AreaRecap> fresh = recaps(r);
      render(
          fresh, issuer, documents.signatureFor(issuer, DocumentType.REKAPITULASI_PROVINSI), null);
      service[i] = System.nanoTime() - t0;
      List<ReportRenderer.Part> parts =
          parts(recap, letterheads.of(issuer), issuer.defaultSignature(), issuer, null);
      long t1 = System.nanoTime();
      byte[] pdf = ReportRenderer.pdf(parts);
      raw[i] = System.nanoTime() - t1;
      pages = countPages(pdf);
    }
    Map<String, Object> result = new HashMap<>();
    result.put("area", r.area().value());
    result.put("lines", recap.stream().mapToInt(a -> a.lines().size()).sum());
    result.put(
        "kampungKb", recap.get(0).lines().stream().mapToLong(AreaRecap.Line::kampungKb).sum());
    result.put("pages", pages);
    result.put("runs", runs);
    result.put("serviceMedianMs", median(service) / 1_000_000.0);
    result.put("rawJasperMedianMs", median(raw) / 1_000_000.0);
    return result;
  }

  private List<AreaRecap> recaps(Request r) {
    List<AreaRecap> all = new ArrayList<>();
    AreaRecap main = recaps.recap(r.area(), r.year());
    all.add(main);
    if (r.perRegency() && main.province()) {
      for (AreaRecap.Line regency : main.lines()) {
        all.add(recaps.recap(RegionCode.of(regency.code()), r.year()));
      }
    }
    return all;
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
    return ReportRenderer.pdf(parts(recap, letterheads.of(issuer), signature, issuer, stamp));
  }

  private static List<ReportRenderer.Part> parts(
      List<AreaRecap> recap,
      Map<String, Object> letterhead,
      SignatureBlock signature,
      Issuer issuer,
      DocumentService.Stamp stamp) {
    List<ReportRenderer.Part> parts = new ArrayList<>();
    for (int i = 0; i < recap.size(); i++) {
      AreaRecap a = recap.get(i);
      Map<String, Object> p = new HashMap<>(letterhead);
      Letterheads.stamp(p, stamp);
      if (i == 0) {
        Letterheads.sign(p, signature, issuer.place(), stamp == null ? a.asOf() : stamp.date());
        p.put(
            "NOTE",
            "Sumber: data registrasi, klasifikasi, kegiatan pembinaan dan penetapan COE pada"
                + " aplikasi Kampung KB; dihitung otomatis, tidak diketik ulang. Klasifikasi"
                + " menurut ketentuan yang berlaku saat laporan dibuat.");
      } else {
        p.put("NOTE", "Lampiran " + i + " dari " + (recap.size() - 1) + ".");
      }
      p.put("TITLE", title(a));
      p.put("SUBTITLE", "Keadaan per " + IndonesianDates.longDate(a.asOf()));
      p.put("CHILD_LEVEL", a.province() ? "Kabupaten/Kota" : "Kecamatan");
      p.put("YEAR", String.valueOf(a.year()));
      p.put("CHART_TITLE", "Jumlah Kampung KB pada Akhir Tahun, " + a.areaName());
      p.put(
          "GROWTH",
          new JRBeanCollectionDataSource(
              a.growth().stream()
                  .map(y -> new GrowthRow(String.valueOf(y.year()), (int) y.cumulative()))
                  .toList()));
      List<RecapRow> rows = new ArrayList<>();
      int n = 1;
      for (AreaRecap.Line l : a.lines()) {
        rows.add(row(String.valueOf(n++), Letterheads.escape(l.name()), l, false));
      }
      rows.add(row("", "<b>Jumlah</b>", a.total(), true));
      parts.add(new ReportRenderer.Part(ReportTemplate.REKAPITULASI_PROVINSI, p, rows));
    }
    return parts;
  }

  static String title(AreaRecap a) {
    return "REKAPITULASI KAMPUNG KB "
        + (a.province() ? "PROVINSI " : "")
        + a.areaName().toUpperCase(INDONESIAN);
  }

  private static RecapRow row(String number, String name, AreaRecap.Line l, boolean total) {
    NumberFormat integer = NumberFormat.getIntegerInstance(INDONESIAN);
    NumberFormat decimal = NumberFormat.getNumberInstance(INDONESIAN);
    decimal.setMinimumFractionDigits(1);
    decimal.setMaximumFractionDigits(1);
    List<Object> cells = cells(l);
    String[] figures = new String[12];
    for (int i = 0; i < 12; i++) {
      Object v = cells.get(i + 2);
      String text = i == 2 ? decimal.format(v) : integer.format(v);
      figures[i] = total ? "<b>" + text + "</b>" : text;
    }
    return new RecapRow(number, name, total, figures);
  }

  private static List<Object> cells(AreaRecap.Line l) {
    List<Object> c = new ArrayList<>();
    c.add(l.code());
    c.add(l.name());
    c.add(l.villages());
    c.add(l.kampungKb());
    c.add(l.coverage());
    c.add(l.declaredInYear());
    for (KampungKbClass k : KampungKbClass.values()) {
      c.add(l.classes().getOrDefault(k, 0L));
    }
    c.add(l.notClassified());
    c.add(l.coe());
    c.add(l.events());
    c.add(l.participants());
    return c;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static int countPages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
