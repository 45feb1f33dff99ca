package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.domain.Nip;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;

/**
 * An official who may sign documents for an issuer, e.g. the Kepala Dinas for recaps and the Kepala
 * Bidang for activity reports. Which one signs a document type is set on the issuer.
 */
@Entity
@Table(name = "signatory")
@NamedQuery(
    name = Signatory.FIND_BY_ISSUER,
    query = "SELECT s FROM Signatory s WHERE s.issuerCode = :issuer ORDER BY s.id")
public class Signatory extends AuditedEntity {

  public static final String FIND_BY_ISSUER = "Signatory.findByIssuer";

  /** The signatory form's field names, which its refusals name. */
  private static final Signer.Fields FIELDS = new Signer.Fields("fullName", "position", "rank");

  @Id
  @SequenceGenerator(name = "signatory_seq", sequenceName = "signatory_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signatory_seq")
  private Long id;

  @Column(name = "issuer_code", nullable = false, length = 30)
  private String issuerCode;

  @Embedded private Signer signer;

  @Version private long version;

  protected Signatory() {
    // for JPA
  }

  public Signatory(Issuer issuer, String fullName, String position, String rank, Nip nip) {
    this.issuerCode = issuer.code();
    change(fullName, position, rank, nip);
  }

  public final void change(String fullName, String position, String rank, Nip nip) {
    this.signer = new Signer(FIELDS, fullName, position, rank, nip);
  }

  public Long id() {
    return id;
  }

  public String issuerCode() {
    return issuerCode;
  }

  public Signer signer() {
    return signer;
  }

  public long version() {
    return version;
  }

  @Override
  public String auditType() {
    return "Signatory";
  }

  @Override
  public String auditId() {
    return id == null ? null : String.valueOf(id);
  }

  /** Issuers and their signatories are set up for the province: about no region. */
  @Override
  public RegionCode auditRegion() {
    return null;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("issuer", issuerCode)
        .and("fullName", signer.name())
        .and("position", signer.position())
        .and("rank", signer.rank())
        .and("nip", signer.nipDigits());
  }
}
