package id.go.lampungprov.kkb.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Map;

/** A cadre (kader) of a Kampung KB. */
@Entity
@Table(name = "cadre")
@NamedQuery(
    name = Cadre.FIND_BY_KAMPUNG_KB,
    query = "SELECT c FROM Cadre c WHERE c.kampungKb = :kampungKb ORDER BY c.type, c.id")
public class Cadre extends KampungKbPosition {

  public static final String FIND_BY_KAMPUNG_KB = "Cadre.findByKampungKb";

  @Enumerated(EnumType.STRING)
  @Column(name = "cadre_type", nullable = false, length = 30)
  private CadreType type;

  protected Cadre() {
    // for JPA
  }

  public Cadre(KampungKb kampungKb, Person person, CadreType type, Term term) {
    super(kampungKb, person, term);
    this.type = type;
  }

  public CadreType type() {
    return type;
  }

  @Override
  protected Map<String, Object> auditState() {
    return positionState().and("type", type);
  }
}
