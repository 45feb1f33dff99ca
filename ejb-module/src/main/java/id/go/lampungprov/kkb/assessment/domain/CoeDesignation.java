package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;

/** A Kampung KB designated Center of Excellence by an approved assessment, for a period. */
@Entity
@Table(name = "coe_designation")
public class CoeDesignation extends AuditedEntity {

  public static final int DEFAULT_YEARS = 2;

  @Id
  @SequenceGenerator(
      name = "coe_designation_seq",
      sequenceName = "coe_designation_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coe_designation_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "kampung_kb_id", nullable = false)
  private KampungKb kampungKb;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  protected CoeDesignation() {
    // for JPA
  }

  public CoeDesignation(Assessment assessment, LocalDate from, int years) {
    this.assessment = assessment;
    this.kampungKb = assessment.kampungKb();
    this.validFrom = from;
    this.validUntil = from.plusYears(years).minusDays(1);
  }

  public Long id() {
    return id;
  }

  public KampungKb kampungKb() {
    return kampungKb;
  }

  public Assessment assessment() {
    return assessment;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("kampungKb", kampungKb.id())
        .and("assessment", assessment.id())
        .and("validFrom", validFrom)
        .and("validUntil", validUntil);
  }

  @Override
  public RegionCode auditRegion() {
    return kampungKb.auditRegion();
  }
}
