package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The programme figures a Kampung KB reported for one month. */
@Entity
@Table(name = "monthly_figures")
@NamedQuery(
    name = MonthlyFigures.FIND_BY_KAMPUNG_KB,
    query = "SELECT f FROM MonthlyFigures f WHERE f.kampungKb = :kampungKb ORDER BY f.period")
@NamedQuery(
    name = MonthlyFigures.FIND_FOR_PERIOD,
    query = "SELECT f FROM MonthlyFigures f WHERE f.kampungKb = :kampungKb AND f.period = :period")
public class MonthlyFigures extends AuditedEntity {

  public static final String FIND_BY_KAMPUNG_KB = "MonthlyFigures.findByKampungKb";
  public static final String FIND_FOR_PERIOD = "MonthlyFigures.findForPeriod";

  @Id
  @SequenceGenerator(
      name = "monthly_figures_seq",
      sequenceName = "monthly_figures_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monthly_figures_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "kampung_kb_id")
  private KampungKb kampungKb;

  /** yyyy-MM: sorts and compares as text. */
  @Column(nullable = false, length = 7)
  private String period;

  @Column(name = "families", nullable = false)
  private int families;

  @Column(name = "pus", nullable = false)
  private int pus;

  @Column(name = "teenagers", nullable = false)
  private int teenagers;

  @Column(name = "families_with_toddlers", nullable = false)
  private int familiesWithToddlers;

  @Column(name = "families_with_teens", nullable = false)
  private int familiesWithTeens;

  @Column(name = "families_with_elderly", nullable = false)
  private int familiesWithElderly;

  @Column(name = "bkb_participants", nullable = false)
  private int bkbParticipants;

  @Column(name = "bkr_participants", nullable = false)
  private int bkrParticipants;

  @Column(name = "bkl_participants", nullable = false)
  private int bklParticipants;

  @Column(name = "uppka_participants", nullable = false)
  private int uppkaParticipants;

  @Column(name = "pikr_participants", nullable = false)
  private int pikrParticipants;

  @Column(name = "users_iud", nullable = false)
  private int usersIud;

  @Column(name = "users_mow", nullable = false)
  private int usersMow;

  @Column(name = "users_mop", nullable = false)
  private int usersMop;

  @Column(name = "users_condom", nullable = false)
  private int usersCondom;

  @Column(name = "users_implant", nullable = false)
  private int usersImplant;

  @Column(name = "users_injectable", nullable = false)
  private int usersInjectable;

  @Column(name = "users_pill", nullable = false)
  private int usersPill;

  @Column(name = "non_users_pregnant", nullable = false)
  private int nonUsersPregnant;

  @Column(name = "non_users_want_child_soon", nullable = false)
  private int nonUsersWantChildSoon;

  @Column(name = "non_users_iat", nullable = false)
  private int nonUsersIat;

  @Column(name = "non_users_tial", nullable = false)
  private int nonUsersTial;

  @Column(name = "bpjs_users", nullable = false)
  private int bpjsUsers;

  /**
   * When the month was first recorded (UTC), kept through corrections: whether it came in by the
   * due day. Null for rows recorded before V28 whose audit trail did not tell.
   */
  @Column(name = "reported_at")
  private LocalDateTime reportedAt;

  @Version private long version;

  protected MonthlyFigures() {
    // for JPA
  }

  public MonthlyFigures(
      KampungKb kampungKb, YearMonth period, Figures figures, Instant reportedAt) {
    this.kampungKb = kampungKb;
    this.period = period.toString();
    this.reportedAt = LocalDateTime.ofInstant(reportedAt, ZoneOffset.UTC);
    replace(figures);
  }

  public final void replace(Figures f) {
    this.families = f.families();
    this.pus = f.pus();
    this.teenagers = f.teenagers();
    this.familiesWithToddlers = f.familiesWithToddlers();
    this.familiesWithTeens = f.familiesWithTeens();
    this.familiesWithElderly = f.familiesWithElderly();
    this.bkbParticipants = f.bkbParticipants();
    this.bkrParticipants = f.bkrParticipants();
    this.bklParticipants = f.bklParticipants();
    this.uppkaParticipants = f.uppkaParticipants();
    this.pikrParticipants = f.pikrParticipants();
    this.usersIud = f.usersIud();
    this.usersMow = f.usersMow();
    this.usersMop = f.usersMop();
    this.usersCondom = f.usersCondom();
    this.usersImplant = f.usersImplant();
    this.usersInjectable = f.usersInjectable();
    this.usersPill = f.usersPill();
    this.nonUsersPregnant = f.nonUsersPregnant();
    this.nonUsersWantChildSoon = f.nonUsersWantChildSoon();
    this.nonUsersIat = f.nonUsersIat();
    this.nonUsersTial = f.nonUsersTial();
    this.bpjsUsers = f.bpjsUsers();
  }

  public Figures figures() {
    return new Figures(
        families,
        pus,
        teenagers,
        familiesWithToddlers,
        familiesWithTeens,
        familiesWithElderly,
        bkbParticipants,
        bkrParticipants,
        bklParticipants,
        uppkaParticipants,
        pikrParticipants,
        usersIud,
        usersMow,
        usersMop,
        usersCondom,
        usersImplant,
        usersInjectable,
        usersPill,
        nonUsersPregnant,
        nonUsersWantChildSoon,
        nonUsersIat,
        nonUsersTial,
        bpjsUsers);
  }

  public Long id() {
    return id;
  }

  public KampungKb kampungKb() {
    return kampungKb;
  }

  public YearMonth period() {
    return YearMonth.parse(period);
  }

  /** When the month was first recorded; empty for old rows the audit trail did not date. */
  public Optional<Instant> reportedAt() {
    return Optional.ofNullable(reportedAt).map(t -> t.toInstant(ZoneOffset.UTC));
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("kampungKb", kampungKb.id())
        .and("period", period)
        .and("families", families)
        .and("pus", pus)
        .and("teenagers", teenagers)
        .and("familiesWithToddlers", familiesWithToddlers)
        .and("familiesWithTeens", familiesWithTeens)
        .and("familiesWithElderly", familiesWithElderly)
        .and("bkbParticipants", bkbParticipants)
        .and("bkrParticipants", bkrParticipants)
        .and("bklParticipants", bklParticipants)
        .and("uppkaParticipants", uppkaParticipants)
        .and("pikrParticipants", pikrParticipants)
        .and("usersIud", usersIud)
        .and("usersMow", usersMow)
        .and("usersMop", usersMop)
        .and("usersCondom", usersCondom)
        .and("usersImplant", usersImplant)
        .and("usersInjectable", usersInjectable)
        .and("usersPill", usersPill)
        .and("nonUsersPregnant", nonUsersPregnant)
        .and("nonUsersWantChildSoon", nonUsersWantChildSoon)
        .and("nonUsersIat", nonUsersIat)
        .and("nonUsersTial", nonUsersTial)
        .and("bpjsUsers", bpjsUsers);
  }

  @Override
  public RegionCode auditRegion() {
    return kampungKb.auditRegion();
  }
}
