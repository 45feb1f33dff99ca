package id.go.lampungprov.kkb.security.domain;

import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which region levels each role may be scoped to, and who may grant which role. The table (also in
 * docs/security.md):
 *
 * <ul>
 *   <li>{@code ADMIN}: province or regency. A regency's administrator manages that regency's
 *       accounts; nobody below a regency administers accounts.
 *   <li>{@code PROVINCE_OFFICER}: province only. The role verifies and approves the province stage
 *       and signs provincial reports, which a regency-scoped account must never do.
 *   <li>{@code REGENCY_OPERATOR}: regency or district (a district officer works for the regency's
 *       office). Never the province: the province has its officers.
 *   <li>{@code ASSESSOR}, {@code VIEWER}: province, regency or district.
 * </ul>
 *
 * No role is scoped to a village. Only a province-scoped (or national) administrator grants {@code
 * ADMIN}: a regency administrator cannot make peers, so the province keeps control over who
 * administers.
 *
 * <p>The national scope ({@code ID}, the whole country) is held only by the national roles: {@code
 * VIEWER} (reading the country's picture, such as the national recap) and {@code ADMIN} (managing
 * accounts). The other roles work inside one province, so they are refused it.
 */
public final class RoleScopes {

  private static final Map<Role, Set<RegionLevel>> LEVELS = new EnumMap<>(Role.class);

  static {
    LEVELS.put(Role.ADMIN, EnumSet.of(RegionLevel.PROVINCE, RegionLevel.REGENCY));
    LEVELS.put(Role.PROVINCE_OFFICER, EnumSet.of(RegionLevel.PROVINCE));
    LEVELS.put(Role.REGENCY_OPERATOR, EnumSet.of(RegionLevel.REGENCY, RegionLevel.DISTRICT));
    LEVELS.put(
        Role.ASSESSOR, EnumSet.of(RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT));
    LEVELS.put(
        Role.VIEWER, EnumSet.of(RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT));
  }

  private static final Set<Role> NATIONAL_ROLES = EnumSet.of(Role.VIEWER, Role.ADMIN);

  private RoleScopes() {}

  /** The roles that may hold the national scope. */
  public static Set<Role> nationalRoles() {
    return Collections.unmodifiableSet(NATIONAL_ROLES);
  }

  /** The levels a role may be scoped to. */
  public static Set<RegionLevel> levelsFor(Role role) {
    return Collections.unmodifiableSet(LEVELS.get(role));
  }

  /** Refuses a scope whose level the role may not hold. */
  public static void requireLevelFits(Role role, Scope scope) {
    if (scope.isNational()) {
      if (!NATIONAL_ROLES.contains(role)) {
        throw new InvalidInputException(
            "scope",
            "national-scope-role",
            "the national scope "
                + Scope.NATIONAL_CODE
                + " is held by a viewer or an administrator only; a "
                + role.name()
                + " works inside one province");
      }
      return;
    }
    RegionLevel level = scope.region().orElseThrow().level();
    if (!LEVELS.get(role).contains(level)) {
      throw new InvalidInputException(
          "scope",
          "scope-level-for-role",
          "a "
              + role.name()
              + " is scoped to a "
              + LEVELS.get(role).stream()
                  .map(l -> l.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(" or "))
              + ", not a "
              + level.name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Refuses an administrator granting a role beyond its own rights: {@code role} given to a new
   * account ({@code previousRole} null) or to one that held {@code previousRole}. Keeping a role an
   * account already has is no grant.
   */
  public static void requireMayGrant(
      Role administratorRole, Scope administratorScope, Role role, Role previousRole) {
    if (role == null || role == previousRole) {
      return;
    }
    boolean provinceAdministrator =
        administratorRole == Role.ADMIN
            && (administratorScope.isNational()
                || administratorScope.region().orElseThrow().level() == RegionLevel.PROVINCE);
    if (role == Role.ADMIN && !provinceAdministrator) {
      throw new InvalidInputException(
          "role",
          "role-beyond-own-rights",
          "only a province administrator makes an account an administrator");
    }
    if (administratorRole != Role.ADMIN) {
      throw new InvalidInputException(
          "role", "role-beyond-own-rights", "only an administrator grants roles");
    }
  }
}
