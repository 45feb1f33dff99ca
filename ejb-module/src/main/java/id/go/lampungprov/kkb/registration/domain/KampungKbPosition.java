package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A person holding a position in a Kampung KB for a term: a Pokja member or a cadre. */
@MappedSuperclass
public abstract class KampungKbPosition extends AuditedEntity {

  /** Pokja members and cadres draw their ids from one sequence. */
  @Id
  @SequenceGenerator(name = "position_seq", sequenceName = "position_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "kampung_kb_id")
  private KampungKb kampungKb;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Column(name = "term_end")
  private LocalDate termEnd;

  @Version private long version;

  protected KampungKbPosition() {
    // for JPA
  }

  protected KampungKbPosition(KampungKb kampungKb, Person person, Term term) {
    this.kampungKb = kampungKb;
    this.person = person;
    this.termStart = term.start();
    this.termEnd = term.end();
  }

  public Long id() {
    return id;
  }

  public KampungKb kampungKb() {
    return kampungKb;
  }

  public Person person() {
    return person;
  }

  public Term term() {
    return new Term(termStart, termEnd);
  }

  /** Ends the term on {@code end}, which the term's rules check against its start. */
  public void end(LocalDate end) {
    Term ended = new Term(termStart, end);
    this.termEnd = ended.end();
  }

  public long version() {
    return version;
  }

  @Override
  public RegionCode auditRegion() {
    return kampungKb.auditRegion();
  }

  protected AuditFields positionState() {
    return auditFields("kampungKb", kampungKb.id())
        .and("person", person.id())
        .and("termStart", termStart)
        .and("termEnd", termEnd);
  }
}
