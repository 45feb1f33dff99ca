package id.go.lampungprov.kkb.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;

/** A member of a Kampung KB's working group (Pokja). */
@Entity
@Table(name = "pokja_member")
@NamedQuery(
    name = PokjaMember.FIND_BY_KAMPUNG_KB,
    query = "SELECT m FROM PokjaMember m WHERE m.kampungKb = :kampungKb ORDER BY m.role, m.id")
public class PokjaMember extends KampungKbPosition {

  public static final String FIND_BY_KAMPUNG_KB = "PokjaMember.findByKampungKb";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private PokjaRole role;

  @Column(nullable = false)
  private boolean trained;

  @Column(name = "open_office_key", length = 60)
  private String openOfficeKey;

  protected PokjaMember() {
    // for JPA
  }

  public PokjaMember(
      KampungKb kampungKb, Person person, PokjaRole role, Term term, boolean trained) {
    super(kampungKb, person, term);
    this.role = role;
    this.trained = trained;
    refreshOfficeKey();
  }

  /** Ending the term frees the office (chair, secretary, treasurer) for the next holder. */
  @Override
  public void end(LocalDate end) {
    super.end(end);
    refreshOfficeKey();
  }

  private void refreshOfficeKey() {
    this.openOfficeKey =
        role.singleHolder() && term().isOpen() ? kampungKb().id() + ":" + role.name() : null;
  }

  public PokjaRole role() {
    return role;
  }

  public boolean trained() {
    return trained;
  }

  @Override
  protected Map<String, Object> auditState() {
    return positionState().and("role", role).and("trained", trained);
  }
}
