package id.go.lampungprov.kkb.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The corpus of hostile import files, made on the fly so each one's trick is readable here: bombs
 * (columns, rows, a million empty rows, zip), XML tricks (billion laughs, external entities),
 * broken zips and files sent under the wrong type. Each comes with the answer it must get.
 */
final class HostileFiles {

  static final String CSV = "text/csv";

  /** One file, how it is sent, and the status and rule of the refusal. */
  record Hostile(String name, String contentType, byte[] body, int status, String rule) {
    @Override
    public String toString() {
      return name + " (" + body.length + " bytes)";
    }
  }

  private HostileFiles() {}

  static List<Hostile> corpus() {
    List<Hostile> all = new ArrayList<>();
    all.add(xlsx("column bomb: one cell at ZZZZZZ2", columnBomb(), 400, "max-columns"));
    all.add(xlsx("row bomb: 25,000 rows with values", rows(25_000, true), 413, "max-rows"));
    all.add(xlsx("a million empty rows", rows(1_000_000, false), 413, "max-rows"));
    all.add(xlsx("zip bomb: 200 MB of one letter in a cell", bomb(), 413, "compression-ratio"));
    all.add(
        xlsx(
            "unpacks past 100 MB in parts that each look fair",
            spread(),
            413,
            "max-uncompressed-size"));
    all.add(
        xlsx(
            "a 200,000-character cell",
            sheet("<row r=\"1\">" + inline("A1", letters(200_000)) + "</row>"),
            400,
            "max-cell-length"));
    all.add(xlsx("billion laughs in the sheet", laughs(), 400, "xlsx-unreadable"));
    all.add(xlsx("external entity in the sheet", xxe(), 400, "xlsx-unreadable"));
    all.add(
        new Hostile(
            "billion laughs in the package index",
            Files.XLSX,
            zip("[Content_Types].xml", LAUGHS_PROLOGUE + "<Types>&lol9;</Types>"),
            400,
            "xlsx-unreadable"));
    byte[] valid = Files.xlsx(List.of(List.of("villageCode"), List.of("18.07.04.2003")));
    all.add(
        new Hostile(
            "truncated zip",
            Files.XLSX,
            Arrays.copyOf(valid, valid.length / 2),
            400,
            "xlsx-unreadable"));
    all.add(
        new Hostile(
            "CSV text sent as XLSX",
            Files.XLSX,
            "villageCode,name\n".getBytes(StandardCharsets.UTF_8),
            415,
            "content-type-mismatch"));
    all.add(new Hostile("a workbook sent as CSV", CSV, valid, 415, "content-type-mismatch"));
    all.add(new Hostile("a PNG sent as CSV", CSV, Files.image("png", 40, 40), 400, "utf-8"));
    all.add(
        new Hostile(
            "a PDF content type",
            "application/pdf",
            "%PDF-1.7".getBytes(StandardCharsets.UTF_8),
            415,
            null));
    all.add(new Hostile("11 MB of CSV", CSV, csvOf(11 * 1024 * 1024), 413, "max-size"));
    all.add(new Hostile("CSV with 25,000 rows", CSV, csvRows(25_000), 413, "max-rows"));
    all.add(
        new Hostile(
            "CSV with a 2,000-character cell",
            CSV,
            ("a,b\n" + "z".repeat(2_000) + ",1\n").getBytes(StandardCharsets.UTF_8),
            400,
            "max-cell-length"));
    all.add(
        new Hostile(
            "CSV with an unclosed quote",
            CSV,
            "a,b\n\"open,1\n".getBytes(StandardCharsets.UTF_8),
            400,
            "csv-syntax"));
    all.add(
        new Hostile(
            "CSV with a value in column 40",
            CSV,
            ("a,b\n1" + ",".repeat(39) + "x\n").getBytes(StandardCharsets.UTF_8),
            400,
            "max-columns"));
    return all;
  }

  /** A workbook whose only cell is ZZZZZZ2: a column index in the hundreds of millions. */
  static byte[] columnBomb() {
    return sheet("<row r=\"2\">" + inline("ZZZZZZ2", "x") + "</row>");
  }

  private static Hostile xlsx(String name, byte[] body, int status, String rule) {
    return new Hostile(name, Files.XLSX, body, status, rule);
  }

  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static final String SHEET_START = "<worksheet xmlns=\"" + NS + "\"><sheetData>";

  private static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static byte[] sheet(String rows) {
    return workbook(SHEET_START + rows + "</sheetData></worksheet>");
  }

  private static byte[] rows(int count, boolean withValues) {
    return workbook(
        out -> {
          write(out, SHEET_START + "<row r=\"1\">" + inline("A1", "villageCode") + "</row>");
          StringBuilder chunk = new StringBuilder();
          for (int r = 2; r <= count + 1; r++) {
            chunk.append("<row r=\"").append(r).append('"');
            chunk.append(withValues ? ">" + inline("A" + r, "18.07.04.2003") + "</row>" : "/>");
            if (chunk.length() > 64 * 1024) {
              write(out, chunk.toString());
              chunk.setLength(0);
            }
          }
          write(out, chunk + "</sheetData></worksheet>");
        });
  }

  private static byte[] bomb() {
    return workbook(
        out -> {
          write(out, SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
          byte[] letters = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 200; i++) {
            out.write(letters);
          }
          write(out, "</t></is></c></row></sheetData></worksheet>");
        });
  }

  /**
   * Two worksheets of 60 MB each: blocks of one of four letters, compressed about 30 to 1, so no
   * part is a bomb by ratio or size and only their sum breaks the limit.
   */
  private static byte[] spread() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      skeleton(zip);
      Random random = new Random(17);
      byte[][] blocks = new byte[4][];
      for (int b = 0; b < 4; b++) {
        blocks[b] = String.valueOf((char) ('a' + b)).repeat(48).getBytes(StandardCharsets.US_ASCII);
      }
      for (String part : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
        zip.putNextEntry(new ZipEntry(part));
        write(zip, "<worksheet xmlns=\"" + NS + "\"><sheetData/><!-- ");
        for (long written = 0; written < 60L * 1024 * 1024; written += 48) {
          zip.write(blocks[random.nextInt(4)]);
        }
        write(zip, " --></worksheet>");
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static final String LAUGHS_PROLOGUE =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
          + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
          + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
          + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
          + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
          + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
          + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
          + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
          + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
          + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

  private static byte[] laughs() {
    return workbook(
        LAUGHS_PROLOGUE
            + "<worksheet xmlns=\""
            + NS
            + "\"><sheetData><row r=\"1\">"
            + inline("A1", "&lol9;")
            + "</row></sheetData></worksheet>");
  }

  private static byte[] xxe() {
    return workbook(
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<worksheet xmlns=\""
            + NS
            + "\"><sheetData><row r=\"1\">"
            + inline("A1", "&e;")
            + "</row></sheetData></worksheet>");
  }

  /** Random letters: compressed about 0.6 to 1, so only the cell limit can stop them. */
  private static String letters(int count) {
    Random random = new Random(5);
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  private static byte[] csvOf(int size) {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'a');
    return body;
  }

  private static byte[] csvRows(int rows) {
    StringBuilder csv = new StringBuilder("villageCode,name\n");
    for (int r = 0; r < rows; r++) {
      csv.append("18.07.04.2003,Kampung KB ").append(r).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A workbook whose only sheet is {@code sheetXml}; everything else as Excel has it. */
  private static byte[] workbook(String sheetXml) {
    return workbook(out -> write(out, sheetXml));
  }

  private interface SheetWriter {
    void write(OutputStream out) throws IOException;
  }

  private static byte[] workbook(SheetWriter sheet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      skeleton(zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      sheet.write(zip);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void skeleton(ZipOutputStream zip) throws IOException {
    put(
        zip,
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>");
    put(
        zip,
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    put(
        zip,
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + NS
            + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    put(
        zip,
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "</Relationships>");
  }

  /** A zip of name/content pairs, for a package broken before any sheet. */
  private static byte[] zip(String... namesAndContents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        put(zip, namesAndContents[i], namesAndContents[i + 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    write(zip, content);
    zip.closeEntry();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
