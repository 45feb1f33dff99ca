package id.go.lampungprov.kkb.platform.csv;

import java.util.ArrayList;
import java.util.List;

/** Splits CSV lines: fields may be quoted and contain commas or doubled quotes. */
public final class Csv {

  private Csv() {}

  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** Quotes a value for writing, neutralising a leading formula character (CSV injection). */
  public static String quote(String value) {
    if (value == null) {
      return "";
    }
    String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
