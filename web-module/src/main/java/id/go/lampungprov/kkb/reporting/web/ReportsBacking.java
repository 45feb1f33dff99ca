package id.go.lampungprov.kkb.reporting.web;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentPageDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.platform.web.PageModel;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Laporan: pick the area and year of the recap and download it as PDF or XLSX. The files come from
 * {@code /unduh} (JAX-RS), never from a Faces action.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountFacade accounts;
  @Inject private DocumentFacade documents;
  @Inject private RegionFacade regions;

  private String scope;
  private String region;
  private int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
  private boolean perRegency;
  private PageModel<DocumentDto, DocumentPageDto> issued;

  @PostConstruct
  void init() {
    scope = accounts.me().scope();
    region = scope.length() > 5 ? scope.substring(0, 5) : scope;
    issued =
        new PageModel<>(
            (page, size) -> documents.list(null, page, size),
            DocumentPageDto::content,
            DocumentPageDto::totalElements,
            DocumentDto::id);
  }

  /** The documents issued in the user's scope, newest first, a page at a time. */
  public PageModel<DocumentDto, DocumentPageDto> getIssued() {
    return issued;
  }

  /** The areas a recap may cover for this user: the province and its regencies, or one regency. */
  public List<RegionDto> getAreas() {
    List<RegionDto> areas = new ArrayList<>();
    if (AreaRecap.NATIONAL.equals(scope)) {
      // A national account: the country first, then every province.
      areas.add(new RegionDto(AreaRecap.NATIONAL, "Indonesia", "COUNTRY", null, null, List.of()));
      areas.addAll(regions.provinces());
    } else if (scope.length() <= 2) {
      areas.add(regions.get(scope));
      areas.addAll(regions.children(scope));
    } else {
      areas.add(regions.get(scope.substring(0, 5)));
    }
    return areas;
  }

  public List<Integer> getYears() {
    return IntStream.rangeClosed(2016, LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear())
        .boxed()
        .sorted((a, b) -> b - a)
        .toList();
  }

  /** The download address, relative to the application. */
  public String recapPath(String format) {
    return "/unduh/laporan/rekapitulasi?region="
        + region
        + "&year="
        + year
        + "&perRegency="
        + perRegency
        + "&format="
        + format;
  }

  public boolean isProvince() {
    return region != null && region.length() == 2;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public boolean isPerRegency() {
    return perRegency;
  }

  public void setPerRegency(boolean perRegency) {
    this.perRegency = perRegency;
  }
}
