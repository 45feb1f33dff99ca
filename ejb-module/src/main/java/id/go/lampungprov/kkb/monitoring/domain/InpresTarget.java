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

/** A target (sasaran) of the Instruction, e.g. S2 "Peningkatan perubahan perilaku". */
@Entity
@Table(name = "inpres_target")
public class InpresTarget extends InpresEntry {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "catalogue_id", nullable = false)
  private InpresCatalogue catalogue;

  @OneToMany(mappedBy = "target")
  @OrderBy("sortOrder")
  private List<InpresProgramme> programmes = new ArrayList<>();

  protected InpresTarget() {
    // for JPA
  }

  InpresTarget(InpresCatalogue catalogue, String code, int sortOrder, String name) {
    super(code, sortOrder, name);
    this.catalogue = catalogue;
  }

  /** Adds a programme at the end (for tests). */
  public InpresProgramme addProgramme(String programmeName) {
    int n = programmes.size() + 1;
    InpresProgramme p = new InpresProgramme(this, code() + ".P" + n, n, programmeName);
    programmes.add(p);
    return p;
  }

  public List<InpresProgramme> programmes() {
    return List.copyOf(programmes);
  }
}
