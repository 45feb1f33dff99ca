import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load and timing tool of the benchmark, JDK only (Java 17), run from source:
 *
 * <pre>
 *   java benchmarks/LoadTest.java load [options] BASE_URL --target NAME PATHS [--target NAME PATHS]...
 *       PATHS: /a,/b,... or @file (one path per line); each worker rotates over the paths
 *       --connections 32  --warmup 5  --duration 20  (seconds)  or  --requests N (after the warm-up)
 *   java benchmarks/LoadTest.java single [options] URL
 *       --runs 5  --warmup 1  --method GET|POST  --data TEXT  --content-type TYPE  --out FILE
 *       --revalidate: send the ETag of the first warm-up answer as If-None-Match in the later warm-ups
 *       and the measured runs, which then must answer 304 (anything else counts as an error)
 *   java benchmarks/LoadTest.java json EXPR... &lt; document.json
 *       EXPR: keys separated by '/', '*' for every element, [key=value] for the elements whose key has
 *       that value, e.g. content/[venue=Aula]/id ; prints one line per EXPR (matches separated by spaces)
 *
 *       --anonymous NAME,... : these targets are sent without credentials (public endpoints)
 *   common: --user U --password P (default: env LOADTEST_USER, LOADTEST_PASSWORD) --timeout 60 (seconds)
 *       --header 'Name: value' (repeatable), e.g. 'Cache-Control: no-cache'
 * </pre>
 *
 * Output: one line per target, "load name=… requests=… errors=… io_errors=… rps=… ok_rps=… p50_ms=…
 * p99_ms=… max_ms=… statuses=200:n,… last_error_ms=…" (wall clock, epoch ms, when the last failed request
 * ended; 0 if none) or "single name=… runs=… errors=… median_ms=… bytes=…", key=value
 * so that a script can pick fields. requests counts every answer and every failed exchange; errors are
 * non-2xx answers plus failed exchanges (io_errors, status 0); ok_rps counts 2xx answers only; the
 * latencies are those of the answers. Exit status: 1 when a load target got no 2xx answer at all, 2
 * when a single request failed.
 *
 * <p>Each worker owns one plain-socket HTTP/1.1 keep-alive connection: a tiny client keeps the load
 * generator's own CPU use low and constant, which matters when it shares a laptop's cores with the
 * server it measures. Only http:// is supported.
 */
public class LoadTest {

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage("a mode: load, single or json");
    }
    String mode = args[0];
    Options o = Options.parse(Arrays.copyOfRange(args, 1, args.length));
    switch (mode) {
      case "load" -> System.exit(load(o));
      case "single" -> System.exit(single(o));
      case "json" -> System.exit(json(o.positional));
      default -> usage("unknown mode " + mode);
    }
  }

  static void usage(String problem) {
    System.err.println("LoadTest: " + problem);
    System.err.println(
        "usage: java LoadTest.java load|single|json ... (see the comment at the top of the file)");
    System.exit(64);
  }

  // ---------------------------------------------------------------- options

  static final class Options implements Cloneable {
    final List<String> positional = new ArrayList<>();
    final Map<String, String> targets = new LinkedHashMap<>();
    final Set<String> anonymous = new HashSet<>();
    int connections = 32;
    double warmup = -1;
    double duration = 20;
    long requests = 0;
    int runs = 5;
    double timeout = 60;
    String method = "GET";
    String data;
    String contentType = "application/json";
    String out;
    String name;
    final List<String> headers = new ArrayList<>();
    boolean revalidate;
    String user = System.getenv("LOADTEST_USER");
    String password = System.getenv("LOADTEST_PASSWORD");

    static Options parse(String[] a) {
      Options o = new Options();
      for (int i = 0; i < a.length; i++) {
        String k = a[i];
        if (!k.startsWith("--") || k.equals("--")) {
          o.positional.add(k);
          continue;
        }
        if (k.equals("--revalidate")) {
          o.revalidate = true;
          continue;
        }
        if (i + 1 >= a.length) {
          usage(k + " needs a value");
        }
        String v = a[++i];
        switch (k) {
          case "--target" -> {
            if (i + 1 >= a.length) {
              usage("--target needs NAME and PATHS");
            }
            o.targets.put(v, a[++i]);
          }
          case "--connections" -> o.connections = Integer.parseInt(v);
          case "--warmup" -> o.warmup = Double.parseDouble(v);
          case "--duration" -> o.duration = Double.parseDouble(v);
          case "--requests" -> o.requests = Long.parseLong(v);
          case "--runs" -> o.runs = Integer.parseInt(v);
          case "--timeout" -> o.timeout = Double.parseDouble(v);
          case "--method" -> o.method = v.toUpperCase(Locale.ROOT);
          case "--data" -> o.data = v;
          case "--content-type" -> o.contentType = v;
          case "--out" -> o.out = v;
          case "--name" -> o.name = v;
          case "--user" -> o.user = v;
          case "--anonymous" -> o.anonymous.addAll(Arrays.asList(v.split(",")));
          case "--password" -> o.password = v;
          case "--header" -> {
            if (v.indexOf(':') < 1 || v.contains("\r") || v.contains("\n")) {
              usage("--header needs 'Name: value'");
            }
            o.headers.add(v);
          }
          default -> usage("unknown option " + k);
        }
      }
      return o;
    }

    /** The same options, sending no credentials (a public endpoint measured as it is called). */
    Options withoutCredentials() {
      try {
        Options copy = (Options) clone();
        copy.user = null;
        copy.password = null;
        return copy;
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }

    String authorization() {
      if (user == null || user.isEmpty()) {
        return null;
      }
      String pair = user + ":" + (password == null ? "" : password);
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---------------------------------------------------------------- load

  static int load(Options o) throws Exception {
    if (o.positional.size() != 1 || o.targets.isEmpty()) {
      usage("load needs BASE_URL and at least one --target NAME PATHS");
    }
    URI base = URI.create(o.positional.get(0));
    double warmup = o.warmup < 0 ? 5 : o.warmup;
    int failed = 0;
    for (Map.Entry<String, String> t : o.targets.entrySet()) {
      List<String> paths = paths(t.getValue());
      Options to = o.anonymous.contains(t.getKey()) ? o.withoutCredentials() : o;
      Result r = runLoad(base, paths, to, warmup);
      System.out.println(r.line(t.getKey(), o.connections));
      System.out.flush();
      if (r.ok == 0) {
        failed++;
      }
    }
    return failed == 0 ? 0 : 1;
  }

  static List<String> paths(String spec) throws IOException {
    List<String> paths = new ArrayList<>();
    if (spec.startsWith("@")) {
      for (String line : Files.readAllLines(Path.of(spec.substring(1)))) {
        if (!line.isBlank() && !line.startsWith("#")) {
          paths.add(line.strip());
        }
      }
    } else {
      for (String p : spec.split(",")) {
        if (!p.isBlank()) {
          paths.add(p.strip());
        }
      }
    }
    if (paths.isEmpty()) {
      usage("no paths in " + spec);
    }
    return paths;
  }

  /** What the workers measured in the window after the warm-up. */
  static final class Result {
    long requests;
    long ok;
    long errors;
    long ioErrors;
    double seconds;
    /** Wall-clock time (epoch ms) the last failed request ended, 0 if none: for failover drills. */
    long lastErrorMs;
    long[] latencies = new long[0];
    final Map<Integer, Long> statuses = new TreeMap<>();

    String line(String name, int connections) {
      Arrays.sort(latencies);
      return String.format(
          Locale.ROOT,
          "load name=%s connections=%d seconds=%.2f requests=%d errors=%d io_errors=%d"
              + " rps=%.1f ok_rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f statuses=%s"
              + " last_error_ms=%d",
          name,
          connections,
          seconds,
          requests,
          errors,
          ioErrors,
          seconds > 0 ? requests / seconds : 0,
          seconds > 0 ? ok / seconds : 0,
          percentile(latencies, 50),
          percentile(latencies, 99),
          latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6,
          statuses(statuses),
          lastErrorMs);
    }
  }

  static String statuses(Map<Integer, Long> statuses) {
    if (statuses.isEmpty()) {
      return "-";
    }
    StringBuilder sb = new StringBuilder();
    statuses.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append(':').append(v));
    return sb.toString();
  }

  /** Nearest rank; in milliseconds. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  static Result runLoad(URI base, List<String> paths, Options o, double warmup)
      throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + (long) (warmup * 1e9);
    long measureUntil = o.requests > 0 ? Long.MAX_VALUE : measureFrom + (long) (o.duration * 1e9);
    // A hard stop, so that a server that stops answering cannot hold the run forever.
    long hardStop =
        o.requests > 0 ? measureFrom + (long) (Math.max(60, o.timeout * 4) * 1e9) : measureUntil;
    AtomicLong budget = new AtomicLong(o.requests);
    AtomicLong lastEnd = new AtomicLong(measureFrom);
    Worker[] workers = new Worker[o.connections];
    CountDownLatch done = new CountDownLatch(workers.length);
    for (int i = 0; i < workers.length; i++) {
      Worker w = new Worker(base, paths, i, o);
      workers[i] = w;
      Thread th =
          new Thread(
              () -> {
                try {
                  w.run(measureFrom, measureUntil, hardStop, o.requests > 0 ? budget : null, lastEnd);
                } finally {
                  done.countDown();
                }
              },
              "worker-" + i);
      th.setDaemon(true);
      th.start();
    }
    done.await();
    Result r = new Result();
    int total = 0;
    for (Worker w : workers) {
      total += w.count;
    }
    r.latencies = new long[total];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, r.latencies, at, w.count);
      at += w.count;
      r.requests += w.count + w.ioErrors;
      r.ok += w.count - (w.errors - w.ioErrors);
      r.errors += w.errors;
      r.ioErrors += w.ioErrors;
      r.lastErrorMs = Math.max(r.lastErrorMs, w.lastErrorMs);
      w.statuses.forEach((k, v) -> r.statuses.merge(k, v, Long::sum));
    }
    long end = o.requests > 0 ? lastEnd.get() : measureUntil;
    r.seconds = Math.max(0, end - measureFrom) / 1e9;
    return r;
  }

  /** One connection, its own paths rotation and its own latencies: nothing shared on the hot path. */
  static final class Worker {
    final Connection connection;
    final List<String> paths;
    final Options o;
    int next;
    long[] latencies = new long[1024];
    int count;
    long errors;
    long ioErrors;
    long lastErrorMs;
    final Map<Integer, Long> statuses = new TreeMap<>();

    Worker(URI base, List<String> paths, int index, Options o) {
      this.connection = new Connection(base, o);
      this.paths = paths;
      this.o = o;
      this.next = index % paths.size();
    }

    void run(long measureFrom, long measureUntil, long hardStop, AtomicLong budget, AtomicLong lastEnd) {
      try {
        while (true) {
          long t0 = System.nanoTime();
          if (t0 >= measureUntil || t0 >= hardStop) {
            return;
          }
          boolean measured = t0 >= measureFrom;
          if (measured && budget != null && budget.getAndDecrement() <= 0) {
            return;
          }
          String path = paths.get(next);
          next = (next + 1) % paths.size();
          int status;
          try {
            status = connection.exchange(o.method, path, body(o), null);
          } catch (IOException e) {
            status = -1;
            connection.close();
          }
          long t1 = System.nanoTime();
          if (!measured || (budget == null && t1 > measureUntil)) {
            if (status < 0) {
              pause();
            }
            continue;
          }
          if (status < 0) {
            ioErrors++;
            errors++;
            statuses.merge(0, 1L, Long::sum);
            lastErrorMs = System.currentTimeMillis();
            pause();
            continue;
          }
          if (status < 200 || status > 299) {
            errors++;
            lastErrorMs = System.currentTimeMillis();
          }
          statuses.merge(status, 1L, Long::sum);
          if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
          }
          latencies[count++] = t1 - t0;
          if (budget != null) {
            lastEnd.accumulateAndGet(t1, Math::max);
          }
        }
      } finally {
        connection.close();
      }
    }

    /** A refused connection fails in microseconds; without a pause it would spin a core. */
    static void pause() {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static byte[] body(Options o) {
    return o.data == null ? null : o.data.getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- single

  static int single(Options o) throws Exception {
    if (o.positional.size() != 1) {
      usage("single needs one URL");
    }
    URI uri = URI.create(o.positional.get(0));
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if (path.isEmpty()) {
      path = "/";
    }
    int warmup = o.warmup < 0 ? 1 : (int) o.warmup;
    Connection c = new Connection(uri, o);
    if (o.revalidate && warmup < 1) {
      usage("--revalidate takes the ETag of a warm-up answer: --warmup 1 or more");
    }
    long[] times = new long[o.runs];
    int errors = 0;
    int status = 0;
    ByteArrayOutputStream last = new ByteArrayOutputStream();
    try {
      for (int i = -warmup; i < o.runs; i++) {
        last.reset();
        // From the second warm-up on, so that the warm-ups exercise the 304 path too.
        if (o.revalidate && i == 1 - warmup) {
          if (c.etag == null) {
            System.err.println("LoadTest: --revalidate: the warm-up answer had no ETag");
          } else {
            c.extra.add("If-None-Match: " + c.etag);
          }
        }
        long t0 = System.nanoTime();
        try {
          status = c.exchange(o.method, path, body(o), last);
        } catch (IOException e) {
          c.close();
          System.err.println("LoadTest: " + e);
          status = 0;
        }
        long t = System.nanoTime() - t0;
        if (i >= 0) {
          times[i] = t;
          if (o.revalidate ? status != 304 : status < 200 || status > 299) {
            errors++;
          }
        }
      }
    } finally {
      c.close();
    }
    if (o.out != null) {
      Files.write(Path.of(o.out), last.toByteArray());
    }
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.println(
        String.format(
            Locale.ROOT,
            "single name=%s runs=%d errors=%d status=%d median_ms=%.2f min_ms=%.2f max_ms=%.2f"
                + " bytes=%d",
            o.name == null ? "request" : o.name,
            o.runs,
            errors,
            status,
            median(sorted) / 1e6,
            sorted.length == 0 ? 0 : sorted[0] / 1e6,
            sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
            last.size()));
    return errors == 0 ? 0 : 2;
  }

  static double median(long[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return 0;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  // ---------------------------------------------------------------- HTTP/1.1 connection

  /** A keep-alive HTTP/1.1 connection that reconnects when the server closed it. */
  static final class Connection {
    final String host;
    final int port;
    final String hostHeader;
    final String authorization;
    final String contentType;
    final int timeoutMillis;
    final List<String> extra;
    /** The ETag of the last answer, or null. */
    String etag;
    Socket socket;
    InputStream in;
    OutputStream out;
    final byte[] skip = new byte[64 * 1024];

    Connection(URI uri, Options o) {
      if (!"http".equalsIgnoreCase(uri.getScheme())) {
        usage("only http:// URLs: " + uri);
      }
      this.host = uri.getHost();
      this.port = uri.getPort() < 0 ? 80 : uri.getPort();
      this.hostHeader = uri.getPort() < 0 ? host : host + ":" + port;
      this.authorization = o.authorization();
      this.contentType = o.contentType;
      this.timeoutMillis = (int) (o.timeout * 1000);
      this.extra = new ArrayList<>(o.headers);
    }

    /** Sends one request and reads the whole answer; the body goes to sink, or is skipped. */
    int exchange(String method, String path, byte[] body, ByteArrayOutputStream sink)
        throws IOException {
      boolean fresh = socket == null;
      if (fresh) {
        open();
      }
      try {
        return send(method, path, body, sink);
      } catch (IOException e) {
        close();
        if (fresh) {
          throw e;
        }
        // The server may have closed an idle keep-alive connection: one retry on a new one.
        open();
        if (sink != null) {
          sink.reset();
        }
        return send(method, path, body, sink);
      }
    }

    void open() throws IOException {
      Socket s = new Socket();
      s.setTcpNoDelay(true);
      s.setSoTimeout(timeoutMillis);
      s.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket = s;
      in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
      out = s.getOutputStream();
    }

    void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
      socket = null;
    }

    int send(String method, String path, byte[] body, ByteArrayOutputStream sink)
        throws IOException {
      StringBuilder req = new StringBuilder(256);
      req.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      req.append("Host: ").append(hostHeader).append("\r\n");
      req.append("User-Agent: kkb-loadtest\r\nAccept: */*\r\n");
      if (authorization != null) {
        req.append("Authorization: ").append(authorization).append("\r\n");
      }
      for (String h : extra) {
        req.append(h).append("\r\n");
      }
      if (body != null) {
        req.append("Content-Type: ").append(contentType).append("\r\n");
        req.append("Content-Length: ").append(body.length).append("\r\n");
      } else if (method.equals("POST") || method.equals("PUT")) {
        req.append("Content-Length: 0\r\n");
      }
      req.append("\r\n");
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();

      String statusLine = line();
      int status;
      do {
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
          throw new IOException("not an HTTP answer: " + statusLine);
        }
        status = Integer.parseInt(statusLine.substring(9, 12));
        if (status >= 100 && status < 200) {
          while (!line().isEmpty()) {
            // interim answer's headers
          }
          statusLine = line();
        }
      } while (status >= 100 && status < 200);
      long length = -1;
      boolean chunked = false;
      boolean closeAfter = statusLine.startsWith("HTTP/1.0");
      etag = null;
      for (String h = line(); !h.isEmpty(); h = line()) {
        int colon = h.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "etag" -> etag = value;
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.contains("close")) {
              closeAfter = true;
            } else if (v.contains("keep-alive")) {
              closeAfter = false;
            }
          }
          default -> {}
        }
      }
      boolean noBody = method.equals("HEAD") || status == 204 || status == 304;
      if (noBody) {
        // nothing to read
      } else if (chunked) {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
          copy(size, sink);
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length >= 0) {
        copy(length, sink);
      } else {
        copyToEnd(sink);
        closeAfter = true;
      }
      if (closeAfter) {
        close();
      }
      return status;
    }

    long chunkSize() throws IOException {
      String l = line();
      int semi = l.indexOf(';');
      return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).trim(), 16);
    }

    String line() throws IOException {
      StringBuilder sb = new StringBuilder(64);
      while (true) {
        int b = in.read();
        if (b < 0) {
          throw new EOFException("connection closed by the server");
        }
        if (b == '\n') {
          int n = sb.length();
          if (n > 0 && sb.charAt(n - 1) == '\r') {
            sb.setLength(n - 1);
          }
          return sb.toString();
        }
        sb.append((char) b);
      }
    }

    void copy(long n, ByteArrayOutputStream sink) throws IOException {
      while (n > 0) {
        int r = in.read(skip, 0, (int) Math.min(skip.length, n));
        if (r < 0) {
          throw new EOFException("body cut short");
        }
        if (sink != null) {
          sink.write(skip, 0, r);
        }
        n -= r;
      }
    }

    void copyToEnd(ByteArrayOutputStream sink) throws IOException {
      for (int r = in.read(skip); r >= 0; r = in.read(skip)) {
        if (sink != null) {
          sink.write(skip, 0, r);
        }
      }
    }
  }

  // ---------------------------------------------------------------- json

  static int json(List<String> exprs) throws IOException {
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    Object doc;
    try {
      doc = new Json(text).document();
    } catch (IllegalArgumentException e) {
      System.err.println("LoadTest json: " + e.getMessage());
      return 1;
    }
    for (String expr : exprs) {
      List<Object> found = new ArrayList<>();
      select(doc, expr.isEmpty() ? new String[0] : expr.split("/"), 0, found);
      StringBuilder sb = new StringBuilder();
      for (Object f : found) {
        if (f instanceof Map || f instanceof List) {
          continue;
        }
        sb.append(sb.length() == 0 ? "" : " ").append(f == null ? "null" : f.toString());
      }
      System.out.println(sb);
    }
    return 0;
  }

  static void select(Object node, String[] steps, int at, List<Object> found) {
    if (at == steps.length) {
      found.add(node);
      return;
    }
    String step = steps[at];
    if (step.equals("*")) {
      if (node instanceof List<?> list) {
        list.forEach(e -> select(e, steps, at + 1, found));
      } else if (node instanceof Map<?, ?> map) {
        map.values().forEach(e -> select(e, steps, at + 1, found));
      }
    } else if (step.startsWith("[") && step.endsWith("]") && step.contains("=")) {
      String key = step.substring(1, step.indexOf('='));
      String value = step.substring(step.indexOf('=') + 1, step.length() - 1);
      if (node instanceof List<?> list) {
        for (Object e : list) {
          if (e instanceof Map<?, ?> m && m.containsKey(key) && value.equals(String.valueOf(m.get(key)))) {
            select(e, steps, at + 1, found);
          }
        }
      }
    } else if (node instanceof Map<?, ?> map && map.containsKey(step)) {
      select(map.get(step), steps, at + 1, found);
    } else if (node instanceof List<?> list && step.matches("\\d+") && Integer.parseInt(step) < list.size()) {
      select(list.get(Integer.parseInt(step)), steps, at + 1, found);
    }
  }

  /** Just enough JSON: objects, arrays, strings, numbers (kept as written), true, false, null. */
  static final class Json {
    final String s;
    int i;

    Json(String s) {
      this.s = s;
    }

    Object document() {
      Object v = value();
      space();
      if (i != s.length()) {
        throw fail("trailing text");
      }
      return v;
    }

    Object value() {
      space();
      if (i >= s.length()) {
        throw fail("unexpected end");
      }
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          space();
          if (peek('}')) {
            return m;
          }
          do {
            space();
            String k = string();
            space();
            expect(':');
            m.put(k, value());
            space();
          } while (peek(','));
          expect('}');
          return m;
        }
        case '[' -> {
          i++;
          List<Object> l = new ArrayList<>();
          space();
          if (peek(']')) {
            return l;
          }
          do {
            l.add(value());
            space();
          } while (peek(','));
          expect(']');
          return l;
        }
        case '"' -> {
          return string();
        }
        default -> {
          int from = i;
          while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
          }
          String word = s.substring(from, i);
          if (word.equals("null")) {
            return null;
          }
          if (word.equals("true") || word.equals("false") || word.matches("-?[0-9][0-9.eE+-]*")) {
            return word;
          }
          throw fail("unexpected " + word);
        }
      }
    }

    String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (i >= s.length()) {
          throw fail("unterminated string");
        }
        char c = s.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      }
    }

    void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    boolean peek(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    void expect(char c) {
      if (!peek(c)) {
        throw fail("expected " + c);
      }
    }

    IllegalArgumentException fail(String what) {
      return new IllegalArgumentException(what + " at character " + i);
    }
  }
}
