package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.IssuerChoice;
import id.go.lampungprov.kkb.platform.spreadsheet.XlsxWriter;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Load-test tooling, deployed only in the load-test EAR: in this package (split with the EJB
 * module) because it times the package's own rendering steps ({@code RecapParts}) as a test would.
 *
 * <p>Times the recap in this server's JVM: the whole service (queries, assembly, rendering) next to
 * the bare rendering of the same rows (JasperReports fill and PDF export, or the XLSX writer), so
 * the cost of everything around the renderer shows; and the heap the runs needed.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class RecapBenchmark {

  /** What is measured: the PDF or the XLSX path. */
  public enum Format {
    PDF,
    XLSX
  }

  @EJB private ProvinceRecapService recaps;
  @Inject private DocumentRepository documentRepository;
  @Inject private Letterheads letterheads;
  @EJB private RecapDocumentService recapDocuments;

  /** A province or regency, as its recap is downloaded. */
  public Map<String, Object> area(RecapDocumentService.Request r, Format format, int runs) {
    checkRuns(runs);
    // The XLSX download has one sheet, the area's table: no pages to gather.
    boolean pages = r.perRegency() && format == Format.PDF;
    return measure(
        r.area().code(), pages, () -> recaps.recaps(r.area(), r.year(), pages), format, runs);
  }

  /**
   * The whole country, one line per province loaded; {@code perProvince} adds a page per province
   * listing its regencies (PDF only, as for the areas).
   */
  public Map<String, Object> national(int year, boolean perProvince, Format format, int runs) {
    checkRuns(runs);
    boolean pages = perProvince && format == Format.PDF;
    return measure(AreaRecap.NATIONAL, pages, () -> recaps.national(year, pages), format, runs);
  }

  private static void checkRuns(int runs) {
    if (runs < 1 || runs > 50) {
      throw new InvalidInputException("runs", "range", "runs must lie between 1 and 50");
    }
  }

  private Map<String, Object> measure(
      String area, boolean pages, Supplier<List<AreaRecap>> source, Format format, int runs) {
    Issuer issuer =
        documentRepository
            .findIssuer(IssuerChoice.PROVINCE)
            .orElseThrow(() -> new IllegalStateException("the default issuer is missing"));
    List<AreaRecap> recap = source.get();
    // One unmeasured run of each path, so the medians are of a warm JVM as in service.
    service(source, issuer, format);
    raw(recap, issuer, format);

    long[] service = new long[runs];
    HeapPeak heap = HeapPeak.start();
    long usedBefore = heap.usedAtStartBytes();
    byte[] output = null;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      output = service(source, issuer, format);
      service[i] = System.nanoTime() - t0;
    }
    long servicePeak = heap.peakBytes();

    long[] raw = new long[runs];
    heap = HeapPeak.start();
    for (int i = 0; i < runs; i++) {
      raw[i] = raw(recap, issuer, format);
    }
    long rawPeak = heap.peakBytes();

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("area", area);
    result.put("year", recap.get(0).year());
    result.put("perRegency", pages);
    result.put("format", format.name().toLowerCase());
    result.put("lines", recap.stream().mapToInt(a -> a.lines().size()).sum());
    result.put(
        "kampungKb", recap.get(0).lines().stream().mapToLong(AreaRecap.Line::kampungKb).sum());
    result.put("bytes", output.length);
    if (format == Format.PDF) {
      result.put("pages", countPages(output));
      result.put("virtualized", ReportRenderer.virtualizes(parts(recap, issuer)));
    }
    result.put("runs", runs);
    result.put("serviceMedianMs", median(service));
    result.put("rawMedianMs", median(raw));
    if (format == Format.PDF) {
      result.put("rawJasperMedianMs", median(raw));
    }
    result.put(
        "raw",
        format == Format.PDF ? "JasperReports fill + PDF export" : "XLSX writer of the same rows");
    result.put("peakHeapBytes", servicePeak);
    result.put("rawPeakHeapBytes", rawPeak);
    result.put("heapUsedBeforeBytes", usedBefore);
    result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    result.put("heapNote", HeapPeak.CAVEAT);
    return result;
  }

  /** The whole path a download takes, from the queries to the bytes. */
  private byte[] service(Supplier<List<AreaRecap>> source, Issuer issuer, Format format) {
    List<AreaRecap> fresh = source.get();
    if (format == Format.XLSX) {
      return RecapParts.xlsx(fresh.get(0), RecapParts.xlsxRows(fresh.get(0)));
    }
    return recapDocuments.draft(fresh, issuer);
  }

  /** Nanoseconds of the bare rendering; its input is prepared before the clock starts. */
  private long raw(List<AreaRecap> recap, Issuer issuer, Format format) {
    if (format == Format.XLSX) {
      AreaRecap main = recap.get(0);
      List<String> header = RecapParts.xlsxHeader(main);
      List<List<Object>> rows = RecapParts.xlsxRows(main);
      long t = System.nanoTime();
      XlsxWriter.write("Rekapitulasi " + main.year(), header, rows);
      return System.nanoTime() - t;
    }
    List<ReportRenderer.Part> parts = parts(recap, issuer);
    long t = System.nanoTime();
    ReportRenderer.pdf(parts);
    return System.nanoTime() - t;
  }

  private List<ReportRenderer.Part> parts(List<AreaRecap> recap, Issuer issuer) {
    return RecapParts.pdf(
        recap,
        letterheads.of(issuer),
        Letterheads.signature(issuer.signatory().block(), issuer, recap.get(0).asOf()),
        null);
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1_000_000.0;
  }

  private static int countPages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
