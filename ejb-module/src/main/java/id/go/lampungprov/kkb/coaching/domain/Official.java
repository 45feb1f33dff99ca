package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** An official present at the event, as the activity report lists them. */
@Embeddable
public class Official {

  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Column(name = "position_title", nullable = false, length = 200)
  private String position;

  @Column(name = "agency_name", length = 200)
  private String agency;

  @Column(length = 18)
  private String nip;

  @Enumerated(EnumType.STRING)
  @Column(name = "official_role", nullable = false, length = 20)
  private OfficialRole role;

  protected Official() {
    // for JPA
  }

  public Official(String fullName, String position, String agency, Nip nip, OfficialRole role) {
    this.fullName = Texts.oneTo("officials.fullName", fullName, 120);
    this.position = Texts.oneTo("officials.position", position, 200);
    this.agency =
        agency == null || agency.isBlank() ? null : Texts.oneTo("officials.agency", agency, 200);
    this.nip = nip == null ? null : nip.value();
    if (role == null) {
      throw new InvalidInputException("officials.role", "required", "say what the official did");
    }
    this.role = role;
  }

  public String fullName() {
    return fullName;
  }

  public String position() {
    return position;
  }

  public String agency() {
    return agency;
  }

  public Nip nip() {
    return nip == null ? null : new Nip(nip);
  }

  public OfficialRole role() {
    return role;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Official x
        && fullName.equals(x.fullName)
        && position.equals(x.position)
        && Objects.equals(agency, x.agency)
        && Objects.equals(nip, x.nip)
        && role == x.role;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fullName, position, agency, nip, role);
  }

  @Override
  public String toString() {
    return fullName + " (" + position + ", " + role + ")";
  }
}
