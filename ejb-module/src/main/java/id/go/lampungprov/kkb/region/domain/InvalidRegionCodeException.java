package id.go.lampungprov.kkb.region.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;

/**
 * A string that is not a Kemendagri region code at all (as opposed to a code that does not exist).
 */
public class InvalidRegionCodeException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public static final String RULE =
      "a region code is 2 digits (province), then .2 digits (regency), .2 digits (district) and"
          + " .4 digits (village), e.g. 18, 18.07, 18.07.04, 18.07.04.2003";

  public InvalidRegionCodeException(String field, String value) {
    super(field, "region-code", "'" + abbreviate(value) + "' is not a region code: " + RULE);
  }

  private static String abbreviate(String value) {
    if (value == null) {
      return "";
    }
    return value.length() <= 20 ? value : value.substring(0, 20) + "…";
  }
}
