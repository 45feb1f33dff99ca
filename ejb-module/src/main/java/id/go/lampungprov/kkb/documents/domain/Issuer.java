package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An office that issues documents: its letterhead, its number template and unit code, and who signs
 * for it. Institution names change: administrators edit them here, no redeployment.
 */
@Entity
@Table(name = "issuer")
public class Issuer extends AuditedEntity {

  @Id
  @Column(length = 30)
  private String code;

  @Column(name = "line_1", nullable = false, length = 120)
  private String line1;

  @Column(name = "line_2", nullable = false, length = 160)
  private String line2;

  @Column(length = 300)
  private String address;

  @Column(name = "number_template", nullable = false, length = 100)
  private String numberTemplate;

  @Column(name = "unit_code", length = 30)
  private String unitCode;

  /** Signs where no {@link Signatory} is named for the document type. */
  @Embedded
  @AttributeOverride(
      name = "name",
      column = @Column(name = "signatory_name", nullable = false, length = Signer.MAX_NAME))
  @AttributeOverride(
      name = "position",
      column = @Column(name = "signatory_position", nullable = false, length = Signer.MAX_POSITION))
  @AttributeOverride(
      name = "rank",
      column = @Column(name = "signatory_rank", length = Signer.MAX_RANK))
  @AttributeOverride(name = "nip", column = @Column(name = "signatory_nip", length = 18))
  private Signer signatory;

  @Column(name = "place", nullable = false, length = 60)
  private String place;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "logo_file_id")
  private StoredFile logo;

  /** Document type → id of the {@link Signatory} who signs that type; others get the default. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "report_signatory", joinColumns = @JoinColumn(name = "issuer_code"))
  @MapKeyColumn(name = "document_type", length = 40)
  @Column(name = "signatory_id", nullable = false)
  private Map<String, Long> signatoryByType = new HashMap<>();

  @Version private long version;

  protected Issuer() {
    // for JPA
  }

  /** The issuer form's names of the signatory fields, which its refusals name. */
  static final Signer.Fields SIGNATORY_FIELDS =
      new Signer.Fields("signatoryName", "signatoryPosition", "signatoryRank");

  /** What an administrator edits. */
  public record Details(
      String line1,
      String line2,
      String address,
      String numberTemplate,
      String unitCode,
      String signatoryName,
      String signatoryPosition,
      String signatoryRank,
      Nip signatoryNip,
      String place) {}

  public void change(Details d) {
    this.line1 = Texts.required("line1", d.line1(), 120);
    this.line2 = Texts.required("line2", d.line2(), 160);
    this.address = Texts.optional("address", d.address(), 300);
    NumberTemplate.check(d.numberTemplate());
    this.numberTemplate = d.numberTemplate().strip();
    this.unitCode = Texts.optional("unitCode", d.unitCode(), 30);
    this.signatory =
        new Signer(
            SIGNATORY_FIELDS,
            d.signatoryName(),
            d.signatoryPosition(),
            d.signatoryRank(),
            d.signatoryNip());
    this.place = Texts.required("place", d.place(), 60);
  }

  public Optional<StoredFile> logo() {
    return Optional.ofNullable(logo);
  }

  public void changeLogo(StoredFile logo) {
    this.logo = logo;
  }

  /** The signatory named for a document type, if one is; else the issuer's default signs. */
  public Optional<Long> signatoryFor(DocumentType type) {
    return Optional.ofNullable(signatoryByType.get(type.name()));
  }

  public Map<String, Long> signatoriesByType() {
    return Map.copyOf(signatoryByType);
  }

  public void assignSignatory(DocumentType type, Signatory signatory) {
    if (signatory == null) {
      signatoryByType.remove(type.name());
    } else {
      signatoryByType.put(type.name(), signatory.id());
    }
  }

  public String code() {
    return code;
  }

  public String line1() {
    return line1;
  }

  public String line2() {
    return line2;
  }

  public String address() {
    return address;
  }

  public String numberTemplate() {
    return numberTemplate;
  }

  public String unitCode() {
    return unitCode;
  }

  /** The default signatory, who signs where none is named for the document type. */
  public Signer signatory() {
    return signatory;
  }

  public String place() {
    return place;
  }

  public long version() {
    return version;
  }

  @Override
  public String auditType() {
    return "Issuer";
  }

  @Override
  public String auditId() {
    return code;
  }

  /** Issuers are set up for the province: about no region. */
  @Override
  public RegionCode auditRegion() {
    return null;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("line1", line1)
        .and("line2", line2)
        .and("address", address)
        .and("numberTemplate", numberTemplate)
        .and("unitCode", unitCode)
        .and("signatoryName", signatory.name())
        .and("signatoryPosition", signatory.position())
        .and("signatoryNip", signatory.nipDigits())
        .and("logo", logo == null ? null : logo.sha256())
        .and("signatoryByType", new TreeMap<>(signatoryByType));
  }
}
