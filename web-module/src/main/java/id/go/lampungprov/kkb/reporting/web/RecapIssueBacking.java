package id.go.lampungprov.kkb.reporting.web;

import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.IssuerDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.platform.rest.PublicUrl;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.reporting.facade.ReportFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Set;

/**
 * Laporan: issues the Rekapitulasi chosen in the recap form (area, year, pages per regency) as an
 * official document of an issuer, signed at once with the installation's certificate, or put into
 * the signatory's BSrE signing queue, or left unsigned for a signature made elsewhere.
 */
@Named
@ViewScoped
public class RecapIssueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReportsBacking recap;
  @Inject private ReportFacade reports;
  @Inject private DocumentFacade documents;

  private String issuer;
  private String signing = "installation";
  private DocumentDto issued;

  /** The button "Terbitkan". */
  public void issue() {
    issued = null;
    try {
      SigningRoute route = SigningRoute.parse("signing", signing);
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      issued =
          reports.issueRecap(
              reports.recapRequest(
                  recap.getRegion(),
                  String.valueOf(recap.getYear()),
                  recap.isPerRegency(),
                  issuer == null || issuer.isBlank() ? null : issuer),
              PublicUrl.base(request),
              route);
      FormMessages.info(
          MessageFormat.format(
              FormMessages.text("reports.issue.done." + issued.signatureKind(), "Issued as {0}."),
              issued.number(),
              issued.signatoryName()));
    } catch (BusinessException e) {
      FormMessages.show("issue", Set.of("issuer", "signing"), e);
    }
  }

  /** The issuers a recap may be issued by. */
  public List<IssuerDto> getIssuers() {
    return documents.issuers();
  }

  /** The document just issued, or null. */
  public DocumentDto getIssued() {
    return issued;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getSigning() {
    return signing;
  }

  public void setSigning(String signing) {
    this.signing = signing;
  }
}
