package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.registration.facade.FiguresDto;
import id.go.lampungprov.kkb.registration.facade.FiguresFacade;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.InterventionDto;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
import id.go.lampungprov.kkb.registration.facade.KampungKbDto;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.registration.facade.PokjaFacade;
import id.go.lampungprov.kkb.registration.facade.PositionDtos;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.event.TabChangeEvent;

/**
 * One Kampung KB with its tabs: data, Pokja and cadres, monthly figures, interventions,
 * classification with its explanation, assessments, documents. Tabs load when opened and read only
 * their own rows; the view keeps just the id, the rest is read again per request. The
 * classification and assessment tabs read theirs from {@code
 * assessment.web.KampungKbAssessmentTabs}.
 */
@Named
@ViewScoped
public class KampungKbDetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Months of figures the figures tab shows, newest first. */
  static final int FIGURES_SHOWN = 12;

  @Inject private KampungKbFacade registry;
  @Inject private PokjaFacade pokja;
  @Inject private FiguresFacade figures;
  @Inject private InterventionFacade interventions;

  /** The tab ids in page order, for the active index. */
  static final List<String> TAB_IDS =
      List.of(
          "data",
          "pokjaTab",
          "decrees",
          "profileTab",
          "figuresTab",
          "interventionsTab",
          "classification",
          "assessments",
          "documents");

  private String id;
  private int activeIndex;
  private long kampungKbId;
  private transient KampungKbDto kampungKb;

  /** Each tab's rows, read once per view: a table asks for its value several times a render. */
  private transient Map<String, Object> tabs;

  /** Reads the Kampung KB; unknown, malformed or outside the scope → the 404 page. */
  public void load() throws IOException {
    kampungKb = Pages.found("KampungKb", id, registry::get, "Kampung KB tidak ditemukan");
    kampungKbId = kampungKb == null ? 0 : kampungKb.id();
  }

  public KampungKbDto getKampungKb() {
    if (kampungKb == null && kampungKbId > 0) {
      kampungKb = registry.get(kampungKbId);
    }
    return kampungKb;
  }

  public List<PositionDtos.Member> getMembers() {
    return once(
        "members",
        () ->
            pokja.members(kampungKbId, true).stream()
                .sorted(Comparator.comparing(PositionDtos.Member::role))
                .toList());
  }

  public List<PositionDtos.CadreDto> getCadres() {
    return once("cadres", () -> pokja.cadres(kampungKbId, true));
  }

  /** The latest twelve months, newest first. */
  public List<FiguresDto> getFigures() {
    return once(
        "figures",
        () ->
            figures.history(kampungKbId, FIGURES_SHOWN).stream()
                .sorted(Comparator.comparing(FiguresDto::period).reversed())
                .toList());
  }

  public List<InterventionDto> getInterventions() {
    return once(
        "interventions",
        () ->
            interventions
                .search(
                    new InterventionFacade.Filter(null, kampungKbId, null, null, null, null), 0, 50)
                .content());
  }

  @SuppressWarnings("unchecked")
  private <T> T once(String tab, Supplier<T> read) {
    if (tabs == null) {
      tabs = new HashMap<>();
    }
    return (T) tabs.computeIfAbsent(tab, k -> read.get());
  }

  public long getKampungKbId() {
    return kampungKbId;
  }

  /** The filters of the tabs' export buttons: this Kampung KB, as much of it as the tab shows. */
  public Map<String, Object> getExportFilters() {
    return Map.of("kampungKb", kampungKbId);
  }

  /** The Pokja tab's members and cadres: those whose term has not ended. */
  public Map<String, Object> getCurrentExportFilters() {
    return Map.of("kampungKb", kampungKbId, "current", true);
  }

  /** The figures tab's months: the latest twelve. */
  public Map<String, Object> getFiguresExportFilters() {
    return Map.of("kampungKb", kampungKbId, "latest", FIGURES_SHOWN);
  }

  /** Forgets the rows read so far: a tab's form changed them. */
  public void refresh() {
    tabs = null;
  }

  /**
   * A link may open a tab by its id ({@code ?tab=interventionsTab}); unknown ids open the first.
   */
  public String getTab() {
    return TAB_IDS.get(activeIndex);
  }

  public void setTab(String tab) {
    activeIndex = Math.max(0, TAB_IDS.indexOf(tab));
  }

  /** The tab shown after a full postback, kept from the last tab change. */
  public int getActiveIndex() {
    return activeIndex;
  }

  public void setActiveIndex(int activeIndex) {
    this.activeIndex = activeIndex;
  }

  public void tabChanged(TabChangeEvent<?> event) {
    activeIndex = Math.max(0, TAB_IDS.indexOf(event.getTab().getId()));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
