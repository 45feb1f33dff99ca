package id.go.lampungprov.kkb.monitoring.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A programme under a target, e.g. S3.P2 "Pendampingan dan pelayanan … stunting". */
@Entity
@Table(name = "inpres_programme")
public class InpresProgramme extends InpresEntry {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "target_id", nullable = false)
  private InpresTarget target;

  @OneToMany(mappedBy = "programme")
  @OrderBy("sortOrder")
  private List<InpresActivity> activities = new ArrayList<>();

  protected InpresProgramme() {
    // for JPA
  }

  InpresProgramme(InpresTarget target, String code, int sortOrder, String name) {
    super(code, sortOrder, name);
    this.target = target;
  }

  /** Adds an activity at the end (for tests). */
  public InpresActivity addActivity(String activityName, String indicator, String responsible) {
    int n = activities.size() + 1;
    InpresActivity a =
        new InpresActivity(this, code() + ".K" + n, n, activityName, indicator, responsible);
    activities.add(a);
    return a;
  }

  public InpresTarget target() {
    return target;
  }

  public List<InpresActivity> activities() {
    return List.copyOf(activities);
  }
}
