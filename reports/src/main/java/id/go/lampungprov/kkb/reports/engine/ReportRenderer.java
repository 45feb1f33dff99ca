package id.go.lampungprov.kkb.reports.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Fills a compiled template and exports it as PDF. Templates are loaded once and kept; rendering is
 * thread-safe (a new data source per call, as JasperReports reads one only once).
 */
public final class ReportRenderer {

  private static final Map<ReportTemplate, JasperReport> LOADED =
      new EnumMap<>(ReportTemplate.class);
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private ReportRenderer() {}

  /**
   * @param rows JavaBeans (getters), one per detail row
   */
  public static byte[] pdf(
      ReportTemplate template, Map<String, Object> parameters, Collection<?> rows) {
    Map<String, Object> all = new HashMap<>(parameters);
    all.put(JRParameter.REPORT_LOCALE, INDONESIAN);
    try {
      JasperPrint print =
          JasperFillManager.fillReport(load(template), all, new JRBeanCollectionDataSource(rows));
      return JasperExportManager.exportReportToPdf(print);
    } catch (JRException e) {
      throw new IllegalStateException("report " + template + " failed to render", e);
    }
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
