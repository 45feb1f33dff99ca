package id.go.lampungprov.kkb.platform.export;

import java.io.Serializable;
import java.time.Instant;

/**
 * A background export as every instance sees it. Stored in the Data Grid as a {@code String[]} (JDK
 * types only: Hazelcast's threads do not see the application's classes).
 *
 * @param owner the user who asked; nobody else sees the job
 * @param rowsDone rows written so far
 * @param rowsTotal rows the list had when the job started
 * @param updated when the job last reported progress; a running job silent for long is stalled
 */
public record ExportJob(
    String id,
    String owner,
    String list,
    String format,
    String fileName,
    Status status,
    long rowsDone,
    long rowsTotal,
    Instant created,
    Instant updated,
    String error)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  String[] toGrid() {
    return new String[] {
      id,
      owner,
      list,
      format,
      fileName,
      status.name(),
      String.valueOf(rowsDone),
      String.valueOf(rowsTotal),
      created.toString(),
      updated.toString(),
      error == null ? "" : error
    };
  }

  static ExportJob fromGrid(String[] v) {
    return new ExportJob(
        v[0],
        v[1],
        v[2],
        v[3],
        v[4],
        Status.valueOf(v[5]),
        Long.parseLong(v[6]),
        Long.parseLong(v[7]),
        Instant.parse(v[8]),
        Instant.parse(v[9]),
        v[10].isEmpty() ? null : v[10]);
  }

  ExportJob progress(long done, Instant now) {
    return new ExportJob(
        id, owner, list, format, fileName, status, done, rowsTotal, created, now, error);
  }

  ExportJob done(long rows, Instant now) {
    return new ExportJob(
        id, owner, list, format, fileName, Status.DONE, rows, rowsTotal, created, now, null);
  }

  ExportJob failed(String why, Instant now) {
    return new ExportJob(
        id, owner, list, format, fileName, Status.FAILED, rowsDone, rowsTotal, created, now, why);
  }

  /** When it was asked for, in WIB, for the page. */
  public String createdText() {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'")
        .format(created.atZone(Exports.ZONE));
  }

  /** Percent done, 0 to 100, for a progress bar. */
  public int percent() {
    if (status == Status.DONE) {
      return 100;
    }
    return rowsTotal <= 0 ? 0 : (int) Math.min(99, rowsDone * 100 / rowsTotal);
  }
}
