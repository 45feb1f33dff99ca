package id.go.lampungprov.kkb.registration.domain;

/** As printed on attendance lists: L (laki-laki) or P (perempuan). */
public enum Sex {
  MALE("L"),
  FEMALE("P");

  private final String letter;

  Sex(String letter) {
    this.letter = letter;
  }

  public String letter() {
    return letter;
  }
}
