package id.go.lampungprov.kkb.portal.web;

import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.portal.application.PublicMapping;
import id.go.lampungprov.kkb.portal.application.PublicPortalService;
import id.go.lampungprov.kkb.portal.application.PublicViews;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The directory page: filters (regency, district, class, model status, name) in the address, so a
 * filtered page can be bookmarked and shared; 20 Kampung KB a page.
 */
@Named("publicDirectory")
@RequestScoped
public class PublicDirectoryBacking {

  static final int SIZE = 20;
  private static final String LAMPUNG = "18";

  @EJB private PublicPortalService portal;
  @EJB private RegionService regions;

  private String regency;
  private String district;
  private String village;
  private String kampungKbClass;
  private String model;
  private String name;
  private Integer page;
  private PublicViews.DirectoryPage result;

  public void load() {
    String region = given(village) ? village : given(district) ? district : regency;
    try {
      result =
          portal.directory(
              region, name, kampungKbClass, model, PageRequest.of(page == null ? 0 : page, SIZE));
    } catch (BusinessException e) {
      FormMessages.show("filters", Set.of(), e);
      result = new PublicViews.DirectoryPage(List.of(), 0, 0, SIZE);
    }
  }

  public List<Region> getRegencies() {
    return regions.getChildren(RegionCode.of(LAMPUNG));
  }

  /** The districts of the chosen regency, or none. */
  public List<Region> getDistricts() {
    if (!given(regency) || !RegionCode.isWellFormed(regency.strip())) {
      return List.of();
    }
    return regions.findRegion(RegionCode.of(regency.strip())).isPresent()
        ? regions.getChildren(RegionCode.of(regency.strip()))
        : List.of();
  }

  public List<String> getClasses() {
    List<String> classes = new ArrayList<>();
    Arrays.stream(KampungKbClass.values()).map(Enum::name).forEach(classes::add);
    classes.add(PublicMapping.NOT_CLASSIFIED);
    return classes;
  }

  public List<String> getModels() {
    return Arrays.stream(ModelStatus.values()).map(Enum::name).toList();
  }

  public PublicViews.DirectoryPage getResult() {
    return result;
  }

  public boolean isHasPrevious() {
    return result != null && result.page() > 0;
  }

  public boolean isHasNext() {
    return result != null && (long) (result.page() + 1) * result.size() < result.totalElements();
  }

  public long getPages() {
    return result == null || result.totalElements() == 0
        ? 1
        : (result.totalElements() + SIZE - 1) / SIZE;
  }

  public int getCurrentPage() {
    return page == null ? 0 : page;
  }

  private static boolean given(String s) {
    return s != null && !s.isBlank();
  }

  public String getRegency() {
    return regency;
  }

  public void setRegency(String regency) {
    this.regency = regency;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  /** A village from the statistics' drill-down: no filter field of its own. */
  public String getVillage() {
    return village;
  }

  public void setVillage(String village) {
    this.village = village;
  }

  public String getKampungKbClass() {
    return kampungKbClass;
  }

  public void setKampungKbClass(String kampungKbClass) {
    this.kampungKbClass = kampungKbClass;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
