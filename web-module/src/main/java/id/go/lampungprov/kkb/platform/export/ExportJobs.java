package id.go.lampungprov.kkb.platform.export;

import id.go.lampungprov.kkb.platform.cluster.DataGrid;
import id.go.lampungprov.kkb.platform.persistence.DatabaseSettings;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Long exports in the background, on the server's managed executor (Jakarta Concurrency: the task
 * runs as the user who asked, so every row is read with that user's role and scope). The job's
 * state is in a Data Grid map every instance reads; the file is written to {@code exports/} in the
 * data directory, which instances of a cluster must share for a file made on one to be downloaded
 * from another. Jobs and files are removed {@link #KEEP} after they were asked for.
 */
@ApplicationScoped
public class ExportJobs {

  /** How long a job and its file are kept. */
  public static final Duration KEEP = Duration.ofHours(24);

  /** A running job that reported nothing for this long ran on an instance that stopped. */
  static final Duration STALLED = Duration.ofMinutes(10);

  /** Jobs one user may have running at once. */
  static final int MAX_RUNNING_PER_USER = 2;

  /** Progress is written to the Data Grid at most this often. */
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

  private static final String MAP = "kkb-export-jobs";
  private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private DataGrid grid;
  @Inject @Any private Instance<ExportableList> lists;
  @Inject private Instance<RequestContextController> requestContexts;

  /**
   * Starts an export of {@code listName} for {@code owner}. The list's first chunk is read here, so
   * a bad filter, a missing role or a scope the caller lacks answers now, not in the job.
   *
   * @param inRole whether the caller has a role
   */
  public ExportJob start(
      String owner,
      String listName,
      String format,
      Map<String, ? extends List<String>> filters,
      Predicate<String> inRole) {
    TableFormat tableFormat = Exports.requiredFormat(format);
    ExportableList list = list(listName);
    if (list.roles().stream().noneMatch(inRole)) {
      throw new AccessDeniedException("your role may not read the list " + listName);
    }
    sweep();
    long running = mine(owner).stream().filter(j -> j.status() == ExportJob.Status.RUNNING).count();
    if (running >= MAX_RUNNING_PER_USER) {
      // 429, as other "wait for the server" refusals.
      throw new InvalidInputException(
          "list",
          "busy",
          "you already have "
              + running
              + " exports running; wait for one to finish before starting another");
    }
    ExportTable<?> table = list.table(Exports.filters(list, filters));
    long total = table.rows().total();
    ZonedDateTime now = ZonedDateTime.now(Exports.ZONE);
    ExportJob job =
        new ExportJob(
            UUID.randomUUID().toString(),
            owner,
            list.name(),
            tableFormat.name().toLowerCase(Locale.ROOT),
            Exports.fileName(table, tableFormat, now),
            ExportJob.Status.RUNNING,
            0,
            total,
            now.toInstant(),
            now.toInstant(),
            null);
    save(job);
    executor.submit(() -> run(job, table, tableFormat, now));
    return job;
  }

  /** The job, if it is the caller's; someone else's is as unknown as a missing one (404). */
  public ExportJob get(String id, String owner) {
    ExportJob job =
        id == null ? null : jobs().containsKey(id) ? ExportJob.fromGrid(jobs().get(id)) : null;
    if (job == null || !job.owner().equals(owner)) {
      throw new EntityNotFoundException("ExportJob", String.valueOf(id));
    }
    return stalledAsFailed(job);
  }

  /** The caller's jobs, newest first. */
  public List<ExportJob> mine(String owner) {
    return jobs().values().stream()
        .map(ExportJob::fromGrid)
        .filter(j -> j.owner().equals(owner))
        .map(ExportJobs::stalledAsFailed)
        .sorted(Comparator.comparing(ExportJob::created).reversed())
        .toList();
  }

  /** The finished file of the caller's job. */
  public Path file(String id, String owner) {
    ExportJob job = get(id, owner);
    Path file = path(job);
    if (job.status() != ExportJob.Status.DONE || !Files.isRegularFile(file)) {
      throw new EntityNotFoundException("ExportFile", id);
    }
    return file;
  }

  /** The file of the caller's finished job as a download, streamed from the data directory. */
  public Response download(String id, String owner) {
    Path file = file(id, owner);
    ExportJob job = get(id, owner);
    StreamingOutput body = out -> Files.copy(file, out);
    return Answers.attachment(
            body, Exports.mediaType(Exports.requiredFormat(job.format())), job.fileName())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private <T> void run(ExportJob job, ExportTable<T> table, TableFormat format, ZonedDateTime at) {
    // The services' request-scoped beans (the current user) need a request context on this thread;
    // a controller of its own per job, as jobs run side by side.
    RequestContextController requestContext = requestContexts.get();
    requestContext.activate();
    Path part = directory().resolve(job.id() + ".part");
    try {
      Files.createDirectories(part.getParent());
      long rows;
      try (OutputStream out = Files.newOutputStream(part)) {
        Instant[] last = {Instant.now()};
        rows =
            Exports.write(
                table,
                format,
                out,
                at,
                done -> {
                  Instant now = Instant.now();
                  if (Duration.between(last[0], now).compareTo(PROGRESS_EVERY) >= 0) {
                    last[0] = now;
                    save(job.progress(done, now));
                  }
                });
      }
      Files.move(part, path(job), StandardCopyOption.REPLACE_EXISTING);
      save(job.done(rows, Instant.now()));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "export job " + job.id() + " failed", e);
      deleteQuietly(part);
      save(job.failed(e.getClass().getSimpleName(), Instant.now()));
    } finally {
      requestContext.deactivate();
      requestContexts.destroy(requestContext);
    }
  }

  /** Removes jobs and files older than {@link #KEEP}, and files of jobs the grid forgot. */
  void sweep() {
    Instant before = Instant.now().minus(KEEP);
    jobs()
        .forEach(
            (id, v) -> {
              ExportJob job = ExportJob.fromGrid(v);
              if (job.created().isBefore(before)) {
                jobs().remove(id);
                deleteQuietly(path(job));
              }
            });
    Path dir = directory();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> olderThan(f, before)).forEach(ExportJobs::deleteQuietly);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The exportable list of this name; an unknown name is bad input (400, field {@code list}). */
  public ExportableList list(String name) {
    for (ExportableList list : lists) {
      if (list.name().equals(name)) {
        return list;
      }
    }
    throw new InvalidInputException(
        "list", "enum", "no list named '" + name + "'; known: " + names());
  }

  /** The names of every exportable list, sorted. */
  public List<String> names() {
    return lists.stream().map(ExportableList::name).sorted().toList();
  }

  private static ExportJob stalledAsFailed(ExportJob job) {
    boolean stalled =
        job.status() == ExportJob.Status.RUNNING
            && job.updated().isBefore(Instant.now().minus(STALLED));
    return stalled ? job.failed("stalled", job.updated()) : job;
  }

  private void save(ExportJob job) {
    jobs().put(job.id(), job.toGrid());
  }

  private ConcurrentMap<String, String[]> jobs() {
    return grid.map(MAP);
  }

  private static Path directory() {
    return DatabaseSettings.dataDirectory().resolve("exports");
  }

  private static Path path(ExportJob job) {
    // The id is a UUID made here, never a name from the request.
    return directory().resolve(job.id() + "." + job.format());
  }

  private static boolean olderThan(Path file, Instant before) {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(before);
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not delete " + file, e);
    }
  }
}
