package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.registration.facade.KampungKbImportFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The bulk import page: "Periksa" checks the uploaded file (a dry run) and keeps it for the view,
 * "Impor" then writes it all or nothing. The file is kept between the two so the user does not
 * choose it twice; a new upload replaces it.
 */
@Named
@ViewScoped
public class KampungKbImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "import";

  @Inject private KampungKbImportFacade imports;

  private transient Part file;
  private byte[] content;
  private String fileName;
  private boolean xlsx;
  private KampungKbImportFacade.Report report;

  public void check() {
    if (read()) {
      run(true);
    }
  }

  public void importAll() {
    if (file != null && file.getSize() > 0 && !read()) {
      return;
    }
    if (content == null) {
      error("file", "validation.required");
      return;
    }
    run(false);
  }

  private void run(boolean dryRun) {
    try {
      report = imports.importFile(content, xlsx ? TableFormat.XLSX : TableFormat.CSV, dryRun);
      if (report.errors().isEmpty()) {
        String key = dryRun ? "import.checked" : "import.done";
        String count = String.valueOf(dryRun ? report.rows() : report.written());
        FacesContext.getCurrentInstance()
            .addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_INFO,
                    FormMessages.text(key, "{0}").replace("{0}", count),
                    null));
        if (!dryRun) {
          content = null;
          fileName = null;
        }
      } else {
        error(null, dryRun ? "import.errors" : "import.nothingWritten");
      }
    } catch (BusinessException e) {
      FormMessages.show(FORM, java.util.Set.of("file"), e);
    }
  }

  /** Takes the uploaded file; false with a message next to the field when there is none. */
  private boolean read() {
    if (file == null || file.getSize() == 0) {
      error("file", "validation.required");
      return false;
    }
    if (file.getSize() > KampungKbImportFacade.MAX_BYTES) {
      error("file", "import.tooLarge");
      return false;
    }
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      error("file", "import.unreadable");
      return false;
    }
    fileName = file.getSubmittedFileName();
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    xlsx = name.endsWith(".xlsx");
    report = null;
    return true;
  }

  /** Sends the CSV template as a download. */
  public void template() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    byte[] csv = imports.csvTemplate().getBytes(StandardCharsets.UTF_8);
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseContentLength(csv.length);
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"kampung-kb-template.csv\"");
    external.getResponseOutputStream().write(csv);
    faces.responseComplete();
  }

  private static void error(String field, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            field == null ? null : FORM + ":" + field,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, FormMessages.text(key, key), null));
  }

  /** The rule in the user's language where the bundle has it, else the service's words. */
  public String explain(KampungKbImportFacade.RowError e) {
    return FormMessages.text(
        "rule." + e.column() + "." + e.rule(), FormMessages.text("rule." + e.rule(), e.message()));
  }

  public List<KampungKbImportFacade.RowError> getErrors() {
    return report == null ? List.of() : report.errors();
  }

  public KampungKbImportFacade.Report getReport() {
    return report;
  }

  public String getFileName() {
    return fileName;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
