package id.go.lampungprov.kkb.platform.spreadsheet;

import static id.go.lampungprov.kkb.platform.spreadsheet.UploadedTables.refused;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * Proves an XLSX zip harmless before POI reads it: every entry is inflated once, counting the bytes
 * that really come out (the sizes a zip declares can lie), against a limit for its kind, a total,
 * and the compression ratio that marks a zip bomb. Nothing is kept, so this costs time in
 * proportion to the limits, never memory. The parts POI reads into memory whole are held to the
 * small limit: the package index and relationships by their fixed names here, the workbook part
 * through {@link #requireSmall}, styles and shared strings by the reader's limited streams.
 */
final class ZipBudget {

  /** Entries in one workbook; Excel writes about ten for a plain sheet. */
  static final int MAX_ENTRIES = 1_000;

  /** The worksheet XML that rows are read from, streamed. */
  static final long MAX_SHEET_BYTES = 64L * 1024 * 1024;

  /** Any other entry, e.g. the shared strings POI keeps in memory while the sheet is read. */
  static final long MAX_PART_BYTES = 16L * 1024 * 1024;

  /** A part POI reads into a document tree (package index, relationships, workbook, styles). */
  static final long MAX_INDEX_PART_BYTES = 2L * 1024 * 1024;

  /** All XML parts together. */
  static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

  /** Fewer compressed bytes per uncompressed byte than this is a bomb (POI's own default). */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** Small parts compress well; the ratio counts only from this size on. */
  private static final long RATIO_GRACE_BYTES = 100 * 1024;

  private ZipBudget() {}

  /** Checks every entry; returns each one's real size by part name ("/xl/workbook.xml"). */
  static Map<String, Long> check(Path file) {
    Map<String, Long> sizes = new HashMap<>();
    long total = 0;
    int entries = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        if (++entries > MAX_ENTRIES) {
          throw refused("max-entries", "the workbook has more than " + MAX_ENTRIES + " parts");
        }
        long size = inflatedSize(zip, entry, limitOf(entry.getName()));
        sizes.merge("/" + entry.getName(), size, Math::max);
        total += size;
        if (total > MAX_TOTAL_BYTES) {
          throw refused(
              "max-uncompressed-size", "the workbook unpacks to more than 100 MB; split it");
        }
      }
      return sizes;
    } catch (ZipException e) {
      throw refused("xlsx-unreadable", "the file is not a readable XLSX workbook (broken zip)");
    } catch (IOException e) {
      throw refused("xlsx-unreadable", "the file is not a readable XLSX workbook");
    }
  }

  private static long inflatedSize(ZipFile zip, ZipEntry entry, long limit) throws IOException {
    long compressed = Math.max(entry.getCompressedSize(), 1);
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        size += n;
        if (size > limit) {
          throw refused(
              "max-uncompressed-size",
              "the part " + shortName(entry) + " unpacks to more than " + limit / 1024 + " KB");
        }
        if (size > RATIO_GRACE_BYTES && (double) compressed / size < MIN_INFLATE_RATIO) {
          throw refused(
              "compression-ratio",
              "the part "
                  + shortName(entry)
                  + " is compressed more than 100 to 1, as zip bombs are; it is not read");
        }
      }
    }
    return size;
  }

  /** The workbook part, whatever its name, is read whole: it must be small. */
  static void requireSmall(OPCPackage workbook, Map<String, Long> sizes) {
    for (PackageRelationship r :
        workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
      PackagePart part = workbook.getPart(r);
      long size = part == null ? 0 : sizes.getOrDefault(part.getPartName().getName(), 0L);
      if (size > MAX_INDEX_PART_BYTES) {
        throw refused(
            "max-uncompressed-size",
            "the workbook part unpacks to more than " + MAX_INDEX_PART_BYTES / 1024 + " KB");
      }
    }
  }

  private static long limitOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("[content_types].xml") || n.endsWith(".rels")) {
      return MAX_INDEX_PART_BYTES;
    }
    return n.startsWith("xl/worksheets/") ? MAX_SHEET_BYTES : MAX_PART_BYTES;
  }

  private static String shortName(ZipEntry entry) {
    String name = entry.getName();
    return name.length() > 60 ? name.substring(0, 60) + "…" : name;
  }
}
