package id.go.lampungprov.kkb.region.domain;

/**
 * A village is a desa (self-governing, headed by an elected kepala desa) or a kelurahan (an urban
 * administrative unit headed by a lurah). Kemendagri encodes it in the first digit of the village
 * part of the code: 1xxx is a kelurahan, 2xxx a desa.
 */
public enum VillageType {
  KELURAHAN,
  DESA;

  static VillageType ofVillagePart(String villagePart) {
    return switch (villagePart.charAt(0)) {
      case '1' -> KELURAHAN;
      case '2' -> DESA;
      default -> null;
    };
  }
}
