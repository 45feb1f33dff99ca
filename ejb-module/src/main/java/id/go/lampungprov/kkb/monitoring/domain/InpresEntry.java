package id.go.lampungprov.kkb.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What a target, programme and activity of the catalogue share: an id from the migration, a code
 * stable within its catalogue version (S2, S2.P1, S2.P1.K3), its place among its siblings and its
 * name as the Instruction writes it.
 */
@MappedSuperclass
public abstract class InpresEntry {

  @Id private Long id;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false, length = 500)
  private String name;

  protected InpresEntry() {
    // for JPA
  }

  protected InpresEntry(String code, int sortOrder, String name) {
    this.code = code;
    this.sortOrder = sortOrder;
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
