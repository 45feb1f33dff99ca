package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A staff account: who may log in, with which role, limited to which region. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.FIND_BY_USERNAME,
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.COUNT_ALL, query = "SELECT COUNT(a) FROM Account a")
public class Account extends AuditedEntity {

  public static final String FIND_BY_USERNAME = "Account.findByUsername";
  public static final String COUNT_ALL = "Account.countAll";

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 50)
  private String username;

  @Column(name = "full_name", nullable = false, length = 120)
  private String fullName;

  @Column(length = 18)
  private String nip;

  @Column(length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "scope_code", nullable = false, length = 13)
  private String scopeCode;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  // Columns of the former lock-out, kept empty (0 and null): failed logins now slow down attempts
  // in memory (LoginThrottle) instead of locking the account.
  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  // UTC; LocalDateTime because JPA 3.1 has no Instant mapping.
  @Column(name = "last_login_at")
  private LocalDateTime lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Account() {
    // for JPA
  }

  /**
   * A new account with a temporary password that must be changed at first login.
   *
   * @param passwordHash from {@link PasswordHasher}
   */
  public Account(
      String username, Profile profile, Role role, Scope scope, String passwordHash, Instant now) {
    this.username = normalizeUsername(username);
    apply(profile);
    assign(role, scope);
    this.active = true;
    this.passwordHash = requireHash(passwordHash);
    this.mustChangePassword = true;
    this.createdAt = utc(now);
  }

  /** The editable personal part of an account. */
  public record Profile(String fullName, Nip nip, String email) {
    public Profile {
      fullName = Texts.oneTo("fullName", fullName, 120, "full name: 1 to 120 characters");
      if (email != null && email.isBlank()) {
        email = null;
      }
      if (email != null && (email.length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
        throw new InvalidInputException("email", "email", "not an e-mail address");
      }
      email = email == null ? null : email.strip();
    }
  }

  public static String normalizeUsername(String username) {
    String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(u).matches()) {
      throw new InvalidInputException(
          "username",
          "username",
          "user name: 3 to 50 of a-z, 0-9, dot, dash, underscore, starting with a letter or digit");
    }
    return u;
  }

  public void apply(Profile profile) {
    this.fullName = profile.fullName();
    this.nip = profile.nip() == null ? null : profile.nip().value();
    this.email = profile.email();
  }

  public void assign(Role role, Scope scope) {
    if (role == null) {
      throw new InvalidInputException("role", "required", "a role is required");
    }
    if (scope == null) {
      throw new InvalidInputException("scope", "required", "a scope (region code) is required");
    }
    RoleScopes.requireLevelFits(role, scope);
    this.role = role;
    this.scopeCode = scope.code();
  }

  /**
   * Refuses this administrator giving {@code role} to {@code target} (null: a new account) beyond
   * its own rights; see {@link RoleScopes}. Whether the target's scope lies within this account's
   * own is {@code ScopeGuard}'s check.
   */
  public void requireMayGrant(Role role, Account target) {
    RoleScopes.requireMayGrant(this.role, scope(), role, target == null ? null : target.role);
  }

  public void activate(boolean active) {
    this.active = active;
  }

  /** Sets a password the user chose; clears the must-change flag. */
  public void changePassword(String newHash) {
    this.passwordHash = requireHash(newHash);
    this.mustChangePassword = false;
  }

  /** Sets a temporary password from an administrator, to be changed at next login. */
  public void resetPassword(String temporaryHash) {
    this.passwordHash = requireHash(temporaryHash);
    this.mustChangePassword = true;
  }

  public void recordSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = utc(now);
  }

  private static String requireHash(String hash) {
    if (hash == null || !hash.startsWith(PasswordHasher.ALGORITHM + ":")) {
      throw new IllegalArgumentException("not a password hash");
    }
    return hash;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public Optional<Nip> nip() {
    return Optional.ofNullable(nip).map(Nip::new);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Role role() {
    return role;
  }

  public Scope scope() {
    return Scope.of(scopeCode);
  }

  public boolean active() {
    return active;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Optional<Instant> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt).map(t -> t.toInstant(ZoneOffset.UTC));
  }

  public Instant createdAt() {
    return createdAt.toInstant(ZoneOffset.UTC);
  }

  public long version() {
    return version;
  }

  @Override
  public String auditId() {
    return id == null ? username : String.valueOf(id);
  }

  /** An account's entries belong to its scope; a national account's to no single region. */
  @Override
  public RegionCode auditRegion() {
    return scopeCode == null ? null : Scope.of(scopeCode).region().orElse(null);
  }

  /**
   * An account moved to another scope: the entry belongs to the smallest region covering both, so
   * neither the old nor the new regency's staff see the other's side of the move.
   */
  @Override
  public RegionCode auditRegionOfChange(Map<String, String> before) {
    String old = before.get("scope");
    if (old == null || scopeCode == null || old.equals(scopeCode)) {
      return auditRegion();
    }
    String[] a = old.split("\\.");
    String[] b = scopeCode.split("\\.");
    StringBuilder common = new StringBuilder();
    for (int i = 0; i < Math.min(a.length, b.length) && a[i].equals(b[i]); i++) {
      common.append(i == 0 ? "" : ".").append(a[i]);
    }
    // Different provinces share no region: the entry is about no single region then.
    return common.length() == 0 ? null : RegionCode.of(common.toString());
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("username", username)
        .and("fullName", fullName)
        .and("nip", nip)
        .and("email", email)
        .and("role", role)
        .and("scope", scopeCode)
        .and("active", active)
        .and("mustChangePassword", mustChangePassword)
        // A changed hash shows that the password changed without revealing anything about it.
        .and(
            "passwordSet",
            passwordHash == null ? null : Integer.toHexString(passwordHash.hashCode()));
  }
}
