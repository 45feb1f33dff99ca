package id.go.lampungprov.kkb.platform.spreadsheet;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Table}. The upload is first copied to an
 * owner-only temporary file, at most {@link SheetLimits#MAX_FILE_BYTES}, so a slow sender holds no
 * parsing slot; then at most {@link #PARALLEL} files are parsed at once, which bounds the memory
 * all imports together can take whatever arrives. A file that breaks a limit or cannot be read is
 * refused with an {@link InvalidInputException} on the field {@code file} naming the rule.
 */
public final class UploadedTables {

  /** Files parsed at the same time; more wait for a slot. */
  static final int PARALLEL = 2;

  private static final long WAIT_SECONDS = 60;
  private static final Semaphore SLOTS = new Semaphore(PARALLEL, true);

  private UploadedTables() {}

  public static Table read(InputStream upload, TableFormat format, SheetLimits limits) {
    if (upload == null) {
      throw refused("required", "the request has no file");
    }
    Path file = spool(upload);
    try {
      if (!SLOTS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw refused("busy", "other files are being read; try again in a minute");
      }
      try {
        return format == TableFormat.XLSX
            ? XlsxTables.read(file, limits)
            : CsvTables.read(file, limits);
      } finally {
        SLOTS.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused("busy", "the server is stopping; try again later");
    } finally {
      delete(file);
    }
  }

  static InvalidInputException refused(String rule, String message) {
    return new InvalidInputException("file", rule, message);
  }

  private static Path spool(InputStream upload) {
    Path file = createTempFile();
    try (InputStream in = new LimitedInputStream(upload, SheetLimits.MAX_FILE_BYTES, "the file");
        OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
      return file;
    } catch (LimitedInputStream.LimitExceededException e) {
      delete(file);
      throw refused("max-size", "the file is larger than 10 MB; split it");
    } catch (IOException e) {
      delete(file);
      throw refused("upload-interrupted", "the upload was interrupted; send the file again");
    }
  }

  private static Path createTempFile() {
    try {
      // Uploads may hold personal data: nobody but the server's own user may read the copy.
      return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
          ? Files.createTempFile(
              "kkb-upload-",
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
          : Files.createTempFile("kkb-upload-", ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for an upload", e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
