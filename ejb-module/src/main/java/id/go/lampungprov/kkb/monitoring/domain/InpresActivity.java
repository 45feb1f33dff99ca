package id.go.lampungprov.kkb.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An activity (kegiatan) of the Instruction, what an intervention is tagged to: its indicator and
 * the ministry or agency responsible for it (penanggung jawab), as the catalogue names them.
 */
@Entity
@Table(name = "inpres_activity")
public class InpresActivity extends InpresEntry {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id", nullable = false)
  private InpresProgramme programme;

  @Column(nullable = false, length = 500)
  private String indicator;

  @Column(nullable = false, length = 200)
  private String responsible;

  protected InpresActivity() {
    // for JPA
  }

  InpresActivity(
      InpresProgramme programme,
      String code,
      int sortOrder,
      String name,
      String indicator,
      String responsible) {
    super(code, sortOrder, name);
    this.programme = programme;
    this.indicator = indicator;
    this.responsible = responsible;
  }

  public String indicator() {
    return indicator;
  }

  public String responsible() {
    return responsible;
  }

  public InpresProgramme programme() {
    return programme;
  }
}
