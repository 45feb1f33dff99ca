package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
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

  @Id
  @SequenceGenerator(name = "signatory_seq", sequenceName = "signatory_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signatory_seq")
  private Long id;

  @Column(name = "issuer_code", nullable = false, length = 30)
  private String issuerCode;

  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Column(nullable = false, length = 200)
  private String position;

  @Column(name = "official_rank", length = 120)
  private String rank;

  @Column(length = 18)
  private String nip;

  @Version private long version;

  protected Signatory() {
    // for JPA
  }

  public Signatory(Issuer issuer, String fullName, String position, String rank, Nip nip) {
    this.issuerCode = issuer.code();
    change(fullName, position, rank, nip);
  }

  public final void change(String fullName, String position, String rank, Nip nip) {
    this.fullName = Texts.required("fullName", fullName, 120);
    this.position = Texts.required("position", position, 200);
    this.rank = Texts.optional("rank", rank, 120);
    this.nip = nip == null ? null : nip.value();
  }

  public SignatureBlock block() {
    return new SignatureBlock(
        fullName, position, rank, nip == null ? null : new Nip(nip).formatted());
  }

  public Long id() {
    return id;
  }

  public String issuerCode() {
    return issuerCode;
  }

  public String fullName() {
    return fullName;
  }

  public String position() {
    return position;
  }

  public String rank() {
    return rank;
  }

  public Nip nip() {
    return nip == null ? null : new Nip(nip);
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
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("issuer", issuerCode);
    state.put("fullName", fullName);
    state.put("position", position);
    state.put("rank", rank);
    state.put("nip", nip);
    return state;
  }
}
