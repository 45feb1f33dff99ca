package id.go.lampungprov.kkb.monitoring.web;

import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.CatalogueDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.ProgrammeDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.TagsDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.TargetDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresFacade;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Inpres 3/2022 part of an intervention's page ({@code kampung-kb/intervensi.xhtml}, through
 * {@code WEB-INF/includes/inpres-tags.xhtml}): the page belongs to registration, which builds on no
 * monitoring (docs/boundaries.md), so the tags are read and written here.
 */
@Named("inpresTags")
@ViewScoped
public class InpresTagsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "inpres";

  @Inject private InpresFacade inpres;

  private long interventionId;
  private TagsDto tags;
  private List<String> selected = new ArrayList<>();
  private transient List<SelectItem> options;

  /** The page's view action, after the intervention was found (null: it was not, nothing to do). */
  public void load(Long id) {
    if (id == null) {
      return;
    }
    interventionId = id;
    tags = inpres.tags(id);
    selected = new ArrayList<>(tags.activities().stream().map(a -> a.code()).toList());
  }

  public TagsDto getTags() {
    return tags;
  }

  /** The activities to choose from, grouped by programme (its target named with it). */
  public List<SelectItem> getOptions() {
    if (options == null) {
      CatalogueDto catalogue = inpres.catalogue();
      options = new ArrayList<>();
      for (TargetDto t : catalogue.targets()) {
        for (ProgrammeDto p : t.programmes()) {
          SelectItemGroup group = new SelectItemGroup(t.code() + " · " + p.code() + " " + p.name());
          group.setSelectItems(
              p.activities().stream()
                  .map(a -> new SelectItem(a.code(), a.code() + " " + a.name()))
                  .toArray(SelectItem[]::new));
          options.add(group);
        }
      }
    }
    return options;
  }

  /** The button "Simpan sasaran Inpres". */
  public void save() {
    try {
      tags = inpres.tag(interventionId, tags.version(), selected);
      FormMessages.info(FormMessages.text("inpres.saved", "Sasaran Inpres disimpan."));
    } catch (BusinessException e) {
      FormMessages.show(FORM, Set.of("activities"), e);
    }
  }

  public List<String> getSelected() {
    return selected;
  }

  public void setSelected(List<String> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }
}
