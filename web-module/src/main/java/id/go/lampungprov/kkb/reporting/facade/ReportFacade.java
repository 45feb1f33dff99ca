package id.go.lampungprov.kkb.reporting.facade;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.reporting.application.KampungKbProfileService;
import id.go.lampungprov.kkb.reporting.application.RecapDocumentService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

@ApplicationScoped
public class ReportFacade {

  @EJB private KampungKbProfileService profiles;
  @EJB private RecapDocumentService recaps;

  public byte[] profileDraft(long kampungKbId) {
    return profiles.draft(kampungKbId);
  }

  public DocumentDto issueProfile(long kampungKbId, String baseUrl, boolean external) {
    return DocumentFacade.dto(profiles.issue(kampungKbId, baseUrl, external));
  }

  /**
   * @param region a province or regency code; the province of Lampung when absent
   * @param year the current year when absent
   */
  public RecapDocumentService.Request recapRequest(
      String region, String year, boolean perRegency, String issuer) {
    RegionCode area =
        region == null || region.isBlank()
            ? RegionCode.of("18")
            : RegionCode.parse("region", region);
    int y =
        year == null || year.isBlank()
            ? LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear()
            : Params.integer("year", year);
    return new RecapDocumentService.Request(area, y, perRegency, issuer);
  }

  public byte[] recapPdf(RecapDocumentService.Request r) {
    return recaps.draft(r);
  }

  public byte[] recapXlsx(RecapDocumentService.Request r) {
    return recaps.xlsx(r);
  }

  public DocumentDto issueRecap(RecapDocumentService.Request r, String baseUrl, boolean external) {
    return DocumentFacade.dto(recaps.issue(r, baseUrl, external));
  }

  public Map<String, Object> benchmark(RecapDocumentService.Request r, int runs) {
    return recaps.benchmark(r, runs);
  }
}
