package id.go.lampungprov.kkb.registration.domain;

/**
 * Positions in a Kampung KB working group (Pokja): the village head as patron, advisers, the three
 * officers, and one section per family function (the 8 fungsi keluarga).
 */
public enum PokjaRole {
  PATRON(false),
  ADVISER(false),
  CHAIR(true),
  SECRETARY(true),
  TREASURER(true),
  SECTION_RELIGIOUS(false),
  SECTION_SOCIO_CULTURAL(false),
  SECTION_LOVE_AND_AFFECTION(false),
  SECTION_PROTECTION(false),
  SECTION_REPRODUCTION(false),
  SECTION_EDUCATION(false),
  SECTION_ECONOMY(false),
  SECTION_ENVIRONMENT(false);

  private final boolean singleHolder;

  PokjaRole(boolean singleHolder) {
    this.singleHolder = singleHolder;
  }

  /** Chair, secretary and treasurer: one person at a time. */
  public boolean singleHolder() {
    return singleHolder;
  }
}
