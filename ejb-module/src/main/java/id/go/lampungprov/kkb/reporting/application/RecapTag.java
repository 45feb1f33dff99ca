package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.platform.spreadsheet.XlsxWriter;
import id.go.lampungprov.kkb.reporting.domain.DataBasis;
import id.go.lampungprov.kkb.reporting.domain.RecapAssembly;
import id.go.lampungprov.kkb.reporting.infrastructure.JpaRecapQueries;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * The entity tag of a recap file: a digest of everything its bytes follow from, so two requests get
 * the same tag only when they would get the same file. That is the version of the stored data (any
 * committed change moves it), what was asked for (area, year, pages per regency, issuer, format),
 * the day the counts hold at (today for the current year) and the build that lays the recap out
 * (its template and the code that gathers and prints it). The recap is in Indonesian only, whatever
 * the caller's language, so the language is not part of it.
 */
public final class RecapTag {

  /** Classes whose code decides a recap's content; a new build of any of them is a new tag. */
  private static final List<Class<?>> RECAP_CODE =
      List.of(
          ProvinceRecapService.class,
          RecapDocumentService.class,
          RecapParts.class,
          RecapAssembly.class,
          RecapSources.class,
          DataBasis.class,
          JpaRecapQueries.class,
          ReportRenderer.class,
          XlsxWriter.class);

  private static final String TEMPLATE = "/reports/rekapitulasi-provinsi.jasper";

  private RecapTag() {}

  /** What a recap file follows from. */
  public record Inputs(
      String dataVersion,
      String format,
      String area,
      int year,
      boolean perRegency,
      String issuer,
      LocalDate asOf) {}

  /** The tag's opaque value (without quotes), from the inputs and this build. */
  public static String of(Inputs in) {
    return of(in, Build.DIGEST);
  }

  static String of(Inputs in, String build) {
    String text =
        String.join(
            "\n",
            "recap-1",
            build,
            in.dataVersion(),
            in.format(),
            in.area(),
            String.valueOf(in.year()),
            String.valueOf(in.perRegency()),
            String.valueOf(in.issuer()),
            String.valueOf(in.asOf()));
    byte[] digest = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    // 24 bytes of SHA-256: far beyond any chance collision, shorter to send back.
    return Base64.getUrlEncoder().withoutPadding().encodeToString(trim(digest, 24));
  }

  private static byte[] trim(byte[] b, int n) {
    byte[] t = new byte[n];
    System.arraycopy(b, 0, t, 0, n);
    return t;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The digest of this build's recap code and template, computed once. */
  static final class Build {
    static final String DIGEST = digest();

    private Build() {}

    private static String digest() {
      MessageDigest md = sha256();
      for (Class<?> c : RECAP_CODE) {
        update(md, c, "/" + c.getName().replace('.', '/') + ".class");
      }
      update(md, ReportRenderer.class, TEMPLATE);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest());
    }

    private static void update(MessageDigest md, Class<?> loader, String resource) {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          // Not readable here (an unusual class loader): its name stands in, the data version and
          // the epoch still change with every change and every restart of the whole cluster.
          md.update(resource.getBytes(StandardCharsets.UTF_8));
          return;
        }
        md.update(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
