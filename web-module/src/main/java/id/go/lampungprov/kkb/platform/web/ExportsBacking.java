package id.go.lampungprov.kkb.platform.web;

import id.go.lampungprov.kkb.platform.export.ExportJob;
import id.go.lampungprov.kkb.platform.export.ExportJobs;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Ekspor saya": the user's exports of the last 24 hours, their progress and their files. */
@Named
@ViewScoped
public class ExportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ExportJobs jobs;

  private List<ExportJob> mine = List.of();

  @PostConstruct
  void init() {
    refresh();
  }

  public List<ExportJob> getJobs() {
    return mine;
  }

  /** Re-read on every poll of the page. */
  public void refresh() {
    mine = jobs.mine(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
  }

  /** Whether the page keeps polling. */
  public boolean isRunning() {
    return mine.stream().anyMatch(j -> j.status() == ExportJob.Status.RUNNING);
  }
}
