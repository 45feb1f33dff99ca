package id.go.lampungprov.kkb.region.web;

import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/** Walks the hierarchy one level at a time, starting at Lampung. */
@Named
@ViewScoped
public class RegionBrowserBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String DEFAULT_CODE = "18";

  @Inject private RegionFacade regions;

  private String code = DEFAULT_CODE;
  private RegionDto current;
  private List<RegionDto> children = List.of();

  public void load() {
    try {
      current = regions.get(code == null || code.isBlank() ? DEFAULT_CODE : code);
      children = regions.children(current.code());
    } catch (BusinessException e) {
      FacesContext context = FacesContext.getCurrentInstance();
      ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
      context.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, bundle.getString("region.notFound"), e.getMessage()));
      current = null;
      children = List.of();
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public RegionDto getCurrent() {
    return current;
  }

  public List<RegionDto> getChildren() {
    return children;
  }
}
