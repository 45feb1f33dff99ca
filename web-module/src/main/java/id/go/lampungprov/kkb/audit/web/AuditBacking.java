package id.go.lampungprov.kkb.audit.web;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.facade.AuditEntryDto;
import id.go.lampungprov.kkb.audit.facade.AuditFacade;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.web.Options;
import id.go.lampungprov.kkb.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Browsing the audit trail with filters, one page at a time. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditFacade audit;

  private String actor;
  private String action;
  private String entityType;
  private String entityId;
  private PageModel<AuditEntryDto, PageDto<AuditEntryDto>> model;

  @PostConstruct
  void init() {
    model =
        PageModel.paged(
            (page, size) ->
                audit.search(
                    new AuditFacade.Filter(actor, action, entityType, entityId, null, null),
                    page,
                    size),
            e -> String.valueOf(e.id()));
  }

  /** The filters of the buttons "XLSX" and "CSV": the entries as filtered on the page. */
  public Map<String, String> getExportFilters() {
    return Filters.named(
        "actor", actor, "action", action, "entityType", entityType, "entityId", entityId);
  }

  public List<String> getActions() {
    return Options.names(AuditAction.class);
  }

  public PageModel<AuditEntryDto, PageDto<AuditEntryDto>> getModel() {
    return model;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }
}
