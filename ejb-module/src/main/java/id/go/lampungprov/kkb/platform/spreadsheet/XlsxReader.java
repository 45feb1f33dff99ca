package id.go.lampungprov.kkb.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first worksheet of an XLSX workbook as text cells. Numbers come out as plain decimals
 * ("18", "-5.1234"), cells formatted as dates as ISO dates, so a sheet typed by hand in Excel or
 * LibreOffice reads the same as the CSV template.
 */
public final class XlsxReader {

  /** Uncompressed bytes read from all parts together; a zip bomb stops here. */
  static final long MAX_UNCOMPRESSED = 100L * 1024 * 1024;

  private static final Set<Integer> BUILT_IN_DATE_FORMATS =
      Set.of(14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57);

  private XlsxReader() {}

  /** Thrown when the bytes are not a readable workbook. */
  public static final class UnreadableWorkbookException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableWorkbookException(String message) {
      super(message);
    }
  }

  public static Table read(byte[] xlsx) throws UnreadableWorkbookException {
    Map<String, byte[]> parts = unzip(xlsx);
    String sheet = firstSheetPath(parts);
    byte[] sheetXml = parts.get(sheet);
    if (sheetXml == null) {
      throw new UnreadableWorkbookException("the workbook has no worksheet");
    }
    try {
      List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml"));
      Set<Integer> dateStyles = dateStyles(parts.get("xl/styles.xml"));
      return rows(sheetXml, shared, dateStyles);
    } catch (XMLStreamException | RuntimeException e) {
      throw new UnreadableWorkbookException("the worksheet cannot be read: " + e.getMessage());
    }
  }

  private static Map<String, byte[]> unzip(byte[] xlsx) throws UnreadableWorkbookException {
    Map<String, byte[]> parts = new HashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
          continue;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > MAX_UNCOMPRESSED) {
            throw new UnreadableWorkbookException("the workbook unpacks to more than 100 MB");
          }
          out.write(buffer, 0, n);
        }
        parts.put(name, out.toByteArray());
      }
    } catch (IOException e) {
      throw new UnreadableWorkbookException("the file is not an XLSX workbook");
    }
    if (!parts.containsKey("xl/workbook.xml")) {
      throw new UnreadableWorkbookException("the file is not an XLSX workbook");
    }
    return parts;
  }

  /** The first sheet in the workbook's order, through the relationship of its r:id. */
  private static String firstSheetPath(Map<String, byte[]> parts)
      throws UnreadableWorkbookException {
    try {
      String relId = null;
      XMLStreamReader r = reader(parts.get("xl/workbook.xml"));
      while (r.hasNext() && relId == null) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
          for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals("id")) {
              relId = r.getAttributeValue(i);
            }
          }
        }
      }
      byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
      if (relId == null || rels == null) {
        return "xl/worksheets/sheet1.xml";
      }
      XMLStreamReader rr = reader(rels);
      while (rr.hasNext()) {
        if (rr.next() == XMLStreamConstants.START_ELEMENT
            && rr.getLocalName().equals("Relationship")
            && relId.equals(rr.getAttributeValue(null, "Id"))) {
          String target = rr.getAttributeValue(null, "Target");
          return target.startsWith("/") ? target.substring(1) : "xl/" + target;
        }
      }
      return "xl/worksheets/sheet1.xml";
    } catch (XMLStreamException e) {
      throw new UnreadableWorkbookException("the workbook index cannot be read");
    }
  }

  private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
    List<String> strings = new ArrayList<>();
    if (xml == null) {
      return strings;
    }
    XMLStreamReader r = reader(xml);
    StringBuilder current = null;
    boolean inPhonetic = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "si" -> current = new StringBuilder();
          case "rPh" -> inPhonetic = true;
          case "t" -> {
            String text = r.getElementText();
            if (current != null && !inPhonetic) {
              current.append(text);
            }
          }
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (r.getLocalName().equals("si")) {
          strings.add(current == null ? "" : current.toString());
          current = null;
        } else if (r.getLocalName().equals("rPh")) {
          inPhonetic = false;
        }
      }
    }
    return strings;
  }

  /** Indexes into cellXfs whose number format shows a date. */
  private static Set<Integer> dateStyles(byte[] xml) throws XMLStreamException {
    Set<Integer> dates = new HashSet<>();
    if (xml == null) {
      return dates;
    }
    Set<Integer> customDateFormats = new HashSet<>();
    XMLStreamReader r = reader(xml);
    boolean inCellXfs = false;
    int index = 0;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("numFmt")) {
          String code = r.getAttributeValue(null, "formatCode");
          String bare = code == null ? "" : code.replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
          if (bare.matches(".*[dDyY].*")) {
            customDateFormats.add(Integer.parseInt(r.getAttributeValue(null, "numFmtId")));
          }
        } else if (name.equals("cellXfs")) {
          inCellXfs = true;
        } else if (name.equals("xf") && inCellXfs) {
          String id = r.getAttributeValue(null, "numFmtId");
          int fmt = id == null ? 0 : Integer.parseInt(id);
          if (BUILT_IN_DATE_FORMATS.contains(fmt) || customDateFormats.contains(fmt)) {
            dates.add(index);
          }
          index++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
        inCellXfs = false;
      }
    }
    return dates;
  }

  private static Table rows(byte[] xml, List<String> shared, Set<Integer> dateStyles)
      throws XMLStreamException {
    XMLStreamReader r = reader(xml);
    List<String> header = null;
    List<Table.Row> rows = new ArrayList<>();
    TreeMap<Integer, String> cells = null;
    int rowNumber = 0;
    int nextColumn = 0;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
        String number = r.getAttributeValue(null, "r");
        rowNumber = number == null ? rowNumber + 1 : Integer.parseInt(number);
        cells = new TreeMap<>();
        nextColumn = 0;
      } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
        String ref = r.getAttributeValue(null, "r");
        int column = ref == null ? nextColumn : column(ref);
        nextColumn = column + 1;
        String value = cell(r, shared, dateStyles);
        if (cells != null && !value.isEmpty()) {
          cells.put(column, value);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
        List<String> values = dense(cells);
        if (header == null) {
          header = values.stream().map(String::strip).toList();
        } else if (values.stream().anyMatch(v -> !v.isBlank())) {
          rows.add(new Table.Row(rowNumber, values));
        }
        cells = null;
      }
    }
    return header == null ? Table.empty() : new Table(header, rows);
  }

  private static List<String> dense(TreeMap<Integer, String> cells) {
    List<String> values = new ArrayList<>();
    if (cells == null || cells.isEmpty()) {
      return values;
    }
    for (int c = 0; c <= cells.lastKey(); c++) {
      values.add(cells.getOrDefault(c, ""));
    }
    return values;
  }

  /** Reads one {@code <c>} element to its end and returns its text. */
  private static String cell(XMLStreamReader r, List<String> shared, Set<Integer> dateStyles)
      throws XMLStreamException {
    String type = r.getAttributeValue(null, "t");
    String style = r.getAttributeValue(null, "s");
    StringBuilder inline = new StringBuilder();
    String raw = null;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("v")) {
          raw = r.getElementText();
        } else if (r.getLocalName().equals("t")) {
          inline.append(r.getElementText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
        break;
      }
    }
    if ("inlineStr".equals(type)) {
      return inline.toString();
    }
    if (raw == null) {
      return "";
    }
    if ("s".equals(type)) {
      int i = Integer.parseInt(raw.strip());
      return i >= 0 && i < shared.size() ? shared.get(i) : "";
    }
    if ("b".equals(type)) {
      return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
    }
    if ("str".equals(type) || "e".equals(type)) {
      return raw;
    }
    BigDecimal number = new BigDecimal(raw.strip());
    if (style != null && dateStyles.contains(Integer.parseInt(style))) {
      // Serial day 1 is 1900-01-01; Excel's phantom 1900-02-29 makes dates after it off by one.
      return LocalDate.of(1899, 12, 30).plusDays(number.longValue()).toString();
    }
    BigDecimal plain = number.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
  }

  /** "C12" → 2 (zero-based). */
  static int column(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
    }
    return column - 1;
  }

  private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    InputStream in = new ByteArrayInputStream(xml);
    return factory.createXMLStreamReader(in);
  }
}
