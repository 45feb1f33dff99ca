package id.go.lampungprov.kkb.portal.web;

import id.go.lampungprov.kkb.platform.web.PublicLanguage;
import id.go.lampungprov.kkb.portal.facade.PublicTags;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entity tag of a public page: the public answers' tag ({@link PublicTags}: data version,
 * today, the request) with the page's language and this build of the pages (their Facelets, the
 * template, stylesheet, script and message bundles), so a new release or another language is never
 * answered 304 from an old copy. Equal on every instance of a cluster running the same build.
 */
final class PublicPageTags {

  private static final List<String> SHARED =
      List.of(
          "/WEB-INF/templates/public.xhtml",
          "/resources/css/app.css",
          "/resources/css/public.css",
          "/resources/js/public-map.js");
  private static final List<String> BUNDLES =
      List.of(
          "i18n/messages.properties", "i18n/messages_id.properties", "i18n/messages_en.properties");

  private final String build;

  PublicPageTags(ServletContext context) {
    this.build = build(context);
  }

  String tag(PublicTags tags, HttpServletRequest request) {
    return '"'
        + tags.tag(
                String.join(
                    "\n",
                    "page",
                    build,
                    PublicLanguage.of(request),
                    request.getRequestURI(),
                    String.valueOf(request.getQueryString())))
            .getValue()
        + '"';
  }

  private static String build(ServletContext context) {
    MessageDigest md = sha256();
    List<String> files = new ArrayList<>(new TreeSet<>(pages(context)));
    files.addAll(SHARED);
    for (String file : files) {
      md.update(file.getBytes(StandardCharsets.UTF_8));
      read(md, context.getResourceAsStream(file));
    }
    ClassLoader loader = PublicPageTags.class.getClassLoader();
    for (String bundle : BUNDLES) {
      md.update(bundle.getBytes(StandardCharsets.UTF_8));
      read(md, loader.getResourceAsStream(bundle));
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest());
  }

  private static Set<String> pages(ServletContext context) {
    Set<String> pages = context.getResourcePaths("/publik/");
    return pages == null ? Set.of() : pages;
  }

  private static void read(MessageDigest md, InputStream resource) {
    if (resource == null) {
      return;
    }
    try (InputStream in = resource) {
      md.update(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
