package id.go.lampungprov.kkb.monitoring.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Inpres activities an intervention is tagged to. Kept beside the intervention rather than in
 * it: the intervention belongs to registration, which builds on no monitoring (docs/boundaries.md),
 * and tagging changes neither the intervention nor its version. Audited, so the trail shows who
 * tagged what.
 */
@Entity
@Table(name = "intervention_inpres_tags")
public class InterventionInpresTags extends AuditedEntity {

  @Id
  @Column(name = "intervention_id")
  private Long interventionId;

  @Column(name = "village_code", nullable = false, length = 13)
  private String villageCode;

  @Column(name = "tagged_by", nullable = false, length = 50)
  private String taggedBy;

  @Column(name = "tagged_at", nullable = false)
  private LocalDateTime taggedAt;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "intervention_inpres",
      joinColumns = @JoinColumn(name = "intervention_id"),
      inverseJoinColumns = @JoinColumn(name = "activity_id"))
  private Set<InpresActivity> activities = new HashSet<>();

  @Version private long version;

  protected InterventionInpresTags() {
    // for JPA
  }

  /** No tags yet (version 0) for the intervention in that village. */
  public InterventionInpresTags(long interventionId, RegionCode village) {
    this.interventionId = interventionId;
    this.villageCode = village.value();
  }

  /** Replaces the tags with these activities (an empty list removes them all). */
  public void replace(Collection<InpresActivity> tagged, String by, Instant now) {
    activities.clear();
    activities.addAll(tagged);
    taggedBy = by;
    taggedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  public long interventionId() {
    return interventionId;
  }

  /** The tagged activities, in code order (S2.P1.K10 after S2.P1.K9). */
  public List<InpresActivity> activities() {
    return activities.stream().sorted(Comparator.comparing(a -> CodeOrder.key(a.code()))).toList();
  }

  public String taggedBy() {
    return taggedBy;
  }

  public Instant taggedAt() {
    return taggedAt == null ? null : taggedAt.toInstant(ZoneOffset.UTC);
  }

  public long version() {
    return version;
  }

  @Override
  public String auditType() {
    return "InterventionInpres";
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("activities", activities().stream().map(InpresActivity::code).toList());
  }

  @Override
  public RegionCode auditRegion() {
    return RegionCode.of(villageCode);
  }
}
