package id.go.lampungprov.kkb.portal.facade;

import id.go.lampungprov.kkb.platform.cluster.DataVersion;
import id.go.lampungprov.kkb.portal.application.PublicMapping;
import id.go.lampungprov.kkb.portal.application.PublicPortalService;
import id.go.lampungprov.kkb.portal.application.PublicViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

/**
 * The entity tag of a public answer: a digest of the cluster's data version (any committed change
 * through the application moves it, on every instance: {@link DataVersion}, as the recap's tag),
 * the request (path, query, format, language), today's date in Jakarta (the statistics hold "as of
 * today") and this build of the public views. A client that sends it back as {@code If-None-Match}
 * gets 304 Not Modified without anything being read or mapped.
 */
@ApplicationScoped
public class PublicTags {

  /** Shared caches may keep a public answer, and ask (with the tag) before using it. */
  public static final String CACHE_CONTROL = "public, no-cache";

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private static final List<Class<?>> CODE =
      List.of(
          PublicViews.class,
          PublicMapping.class,
          PublicPortalService.class,
          PublicTables.class,
          PublicTags.class);

  private static final String BUILD = build();

  @Inject private DataVersion dataVersion;

  /** The tag of the answer to this request, as it would be answered now. */
  public EntityTag tag(String request) {
    return new EntityTag(
        digest(
            String.join(
                "\n",
                "public-1",
                BUILD,
                dataVersion.current(),
                LocalDate.now(JAKARTA).toString(),
                request)));
  }

  private static String digest(String text) {
    byte[] d = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    byte[] t = new byte[18];
    System.arraycopy(d, 0, t, 0, t.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(t);
  }

  private static String build() {
    MessageDigest md = sha256();
    for (Class<?> c : CODE) {
      String resource = "/" + c.getName().replace('.', '/') + ".class";
      try (InputStream in = c.getResourceAsStream(resource)) {
        md.update(in == null ? resource.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
