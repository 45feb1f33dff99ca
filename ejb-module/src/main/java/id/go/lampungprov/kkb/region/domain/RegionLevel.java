package id.go.lampungprov.kkb.region.domain;

/** The four levels of Kemendagri codes, by the number of dot-separated parts. */
public enum RegionLevel {
  PROVINCE,
  REGENCY,
  DISTRICT,
  VILLAGE;

  static RegionLevel ofParts(int parts) {
    return values()[parts - 1];
  }
}
