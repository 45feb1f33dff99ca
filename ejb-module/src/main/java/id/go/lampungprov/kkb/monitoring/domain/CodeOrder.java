package id.go.lampungprov.kkb.monitoring.domain;

/** Orders catalogue codes by their numbers, so S2.P1.K10 follows S2.P1.K9. */
final class CodeOrder {

  private CodeOrder() {}

  /** The code with each number padded to three digits: S2.P1.K10 → S002.P001.K010. */
  static String key(String code) {
    StringBuilder key = new StringBuilder();
    for (String part : code.split("\\.")) {
      if (!key.isEmpty()) {
        key.append('.');
      }
      String digits = part.substring(1);
      key.append(part.charAt(0))
          .append("0".repeat(Math.max(0, 3 - digits.length())))
          .append(digits);
    }
    return key.toString();
  }
}
