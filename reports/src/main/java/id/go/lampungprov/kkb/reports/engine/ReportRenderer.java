package id.go.lampungprov.kkb.reports.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills a compiled template and exports it as PDF. Templates are loaded once and kept; rendering is
 * thread-safe (a new data source per call, as JasperReports reads one only once). Large combined
 * documents are filled through a virtualizer so their pages do not all sit on the heap at once.
 */
public final class ReportRenderer {

  private static final Map<ReportTemplate, JasperReport> LOADED =
      new EnumMap<>(ReportTemplate.class);
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private ReportRenderer() {}

  /**
   * @param rows records or JavaBeans (see {@link RowDataSource}), one per detail row
   */
  public static byte[] pdf(
      ReportTemplate template, Map<String, Object> parameters, Collection<?> rows) {
    Map<String, Object> all = new HashMap<>(parameters);
    all.put(JRParameter.REPORT_LOCALE, INDONESIAN);
    try {
      JasperPrint print =
          JasperFillManager.fillReport(load(template), all, new RowDataSource(rows));
      return JasperExportManager.exportReportToPdf(print);
    } catch (JRException e) {
      throw new IllegalStateException("report " + template + " failed to render", e);
    }
  }

  /** Renders an official document from its record (see {@link TemplateParameters}). */
  public static byte[] pdf(id.go.lampungprov.kkb.reports.document.Report report) {
    return pdf(TemplateParameters.parts(report));
  }

  /** One template's share of a combined document, e.g. a report and its attachments. */
  public record Part(ReportTemplate template, Map<String, Object> parameters, Collection<?> rows) {}

  /** Renders several templates into one PDF, in order: a report followed by its attachments. */
  public static byte[] pdf(List<Part> parts) {
    JRSwapFileVirtualizer virtualizer = virtualizes(parts) ? LargeReports.virtualizer() : null;
    try {
      List<JasperPrint> prints = new ArrayList<>();
      for (Part part : parts) {
        Map<String, Object> all = new HashMap<>(part.parameters());
        all.put(JRParameter.REPORT_LOCALE, INDONESIAN);
        if (virtualizer != null) {
          all.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        prints.add(
            JasperFillManager.fillReport(
                load(part.template()), all, new RowDataSource(part.rows())));
      }
      if (virtualizer != null) {
        // Filled pages do not change any more: the exporter need not write them back to the file.
        virtualizer.setReadOnly(true);
      }
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      exporter.exportReport();
      return out.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("combined report failed to render", e);
    } finally {
      if (virtualizer != null) {
        virtualizer.cleanup();
      }
    }
  }

  /**
   * True if {@link #pdf(List)} keeps the filled pages of these parts in a swap file rather than on
   * the heap (see {@link LargeReports}).
   */
  public static boolean virtualizes(List<Part> parts) {
    return parts.stream().mapToLong(p -> p.rows().size()).sum() > LargeReports.MAX_ROWS_ON_HEAP;
  }

  private static synchronized JasperReport load(ReportTemplate template) {
    return LOADED.computeIfAbsent(
        template,
        t -> {
          try (InputStream in = ReportRenderer.class.getResourceAsStream(t.resource())) {
            if (in == null) {
              throw new IllegalStateException(
                  t.resource() + " is missing: build the reports module");
            }
            return (JasperReport) JRLoader.loadObject(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (JRException e) {
            throw new IllegalStateException("cannot load " + t.resource(), e);
          }
        });
  }
}
