package id.go.lampungprov.kkb.reporting.facade;

import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reporting.application.RecapDocumentService;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;

@ApplicationScoped
public class ReportFacade {

  @EJB private RecapDocumentService recaps;

  /**
   * @param region a province or regency code, or {@code ID} for the country (for national accounts;
   *     see {@code ProvinceRecapService}); the province of Lampung when absent
   * @param year the current year when absent
   */
  public RecapDocumentService.Request recapRequest(
      String region, String year, boolean perRegency, String issuer) {
    Scope area =
        region == null || region.isBlank()
            ? Scope.of(RegionCode.of("18"))
            : AreaRecap.NATIONAL.equals(region)
                ? Scope.NATIONAL
                : Scope.of(RegionCode.parse("region", region));
    return new RecapDocumentService.Request(area, year(year), perRegency, issuer);
  }

  /** The year of a recap: the current year in Lampung when absent. */
  public static int year(String year) {
    return year == null || year.isBlank()
        ? LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear()
        : Params.integer("year", year);
  }

  /** A file to send: its bytes, type and name, shown in the browser or saved. */
  public record ReportFile(byte[] data, String type, String name, boolean inline) {

    public Response response() {
      return (inline ? Answers.inline(data, type, name) : Answers.attachment(data, type, name))
          .header("Cache-Control", "private, no-store")
          .build();
    }
  }

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The recap as PDF ({@code format} pdf or absent) or XLSX; anything else is refused. */
  public ReportFile recapFile(RecapDocumentService.Request r, String format) {
    String name = recapName(r);
    if (format(format).equals("pdf")) {
      return new ReportFile(recaps.draft(r), "application/pdf", name + ".pdf", true);
    }
    return new ReportFile(recaps.xlsx(r), XLSX, name + ".xlsx", false);
  }

  /** The file name of a recap without its extension, e.g. {@code rekapitulasi-18-07-2025}. */
  public static String recapName(RecapDocumentService.Request r) {
    return "rekapitulasi-" + r.area().code().replace('.', '-') + "-" + r.year();
  }

  /** {@code pdf} (also when absent) or {@code xlsx}; anything else is refused. */
  public static String format(String format) {
    if (format == null || format.isBlank() || format.equals("pdf")) {
      return "pdf";
    }
    if (format.equals("xlsx")) {
      return "xlsx";
    }
    throw new InvalidInputException("format", "pdf-or-xlsx", "format must be pdf or xlsx");
  }

  public DocumentDto issueRecap(
      RecapDocumentService.Request r, String baseUrl, SigningRoute signing) {
    return DocumentFacade.dto(recaps.issue(r, baseUrl, signing));
  }
}
