package id.go.lampungprov.kkb.platform.web;

import id.go.lampungprov.kkb.platform.export.ExportJobs;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ExportableList;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The export buttons of the list pages: a list of up to {@link #DIRECT_LIMIT} rows is downloaded at
 * once, a longer one runs as a background job and the user is sent to "Ekspor saya", where its
 * progress shows and its file waits (the user may leave and come back).
 */
@Named("exportDownloads")
@ApplicationScoped
public class ExportDownloads {

  /** Rows written while the user waits; more go to a background job. */
  public static final long DIRECT_LIMIT = 5_000;

  private static final String MY_EXPORTS = "/ekspor?faces-redirect=true";

  @Inject private ExportJobs jobs;

  /**
   * The buttons of {@code <kkb:exportButtons list=… filters=…/>}: the list by its name, the page's
   * filters as its backing bean gives them (values of any type, read as text; none: {@code null}).
   *
   * @return as {@link #export(ExportableList, Map, String)}
   */
  public String exportList(String listName, Map<String, ?> filters, String format) {
    Map<String, String> given = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach((k, v) -> given.put(k, v == null ? null : String.valueOf(v)));
    }
    try {
      return export(jobs.list(listName), given, format);
    } catch (BusinessException e) {
      FormMessages.show("export", Set.of(), e);
      return null;
    }
  }

  /**
   * Exports {@code list} with the page's filters in {@code format} ({@code xlsx} or {@code csv}).
   *
   * @return null after a direct download (the response is complete), else the "my exports" page
   */
  public String export(ExportableList list, Map<String, String> filters, String format) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Map<String, List<String>> given = new LinkedHashMap<>();
    filters.forEach((k, v) -> given.put(k, v == null ? List.of() : List.of(v)));
    try {
      TableFormat tableFormat = Exports.requiredFormat(format);
      ExportTable<?> table = list.table(Exports.filters(list, given));
      if (table.rows().total() <= DIRECT_LIMIT) {
        ZonedDateTime now = ZonedDateTime.now(Exports.ZONE);
        external.responseReset();
        external.setResponseContentType(Exports.mediaType(tableFormat));
        external.setResponseHeader(
            "Content-Disposition",
            "attachment; filename=\"" + Exports.fileName(table, tableFormat, now) + "\"");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        Exports.write(table, tableFormat, external.getResponseOutputStream(), now, rows -> {});
        faces.responseComplete();
        return null;
      }
      jobs.start(external.getRemoteUser(), list.name(), format, given, external::isUserInRole);
      FormMessages.info(FormMessages.text("export.started", "The export runs in the background."));
      return MY_EXPORTS;
    } catch (BusinessException e) {
      FormMessages.show("export", Set.of(), e);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
