package id.go.lampungprov.kkb.registration.domain;

/**
 * Why a village was designated (Kampung KB formation criteria): both main criteria, at least one
 * area criterion, and any special ones.
 */
public enum FormationCriterion {
  POOR_FAMILIES_ABOVE_AVERAGE(Group.MAIN),
  KB_PARTICIPATION_BELOW_AVERAGE(Group.MAIN),
  SLUM(Group.AREA),
  COASTAL(Group.AREA),
  RIVERBANK(Group.AREA),
  RAILWAY(Group.AREA),
  POOR_AREA(Group.AREA),
  REMOTE(Group.AREA),
  BORDER(Group.AREA),
  INDUSTRIAL(Group.AREA),
  TOURIST(Group.AREA),
  DENSE(Group.AREA),
  FAMILY_DATA_AND_MAPS(Group.SPECIAL),
  LOW_SCHOOLING(Group.SPECIAL),
  LOW_MKJP(Group.SPECIAL),
  LOW_PARTICIPATION(Group.SPECIAL),
  WEAK_SECTOR_RESULTS(Group.SPECIAL);

  public enum Group {
    MAIN,
    AREA,
    SPECIAL
  }

  private final Group group;

  FormationCriterion(Group group) {
    this.group = group;
  }

  public Group group() {
    return group;
  }
}
