package id.go.lampungprov.kkb.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A plain HTML element must not carry the id of a form on the same page: PrimeFaces finds the form
 * an AJAX request posts by its id, takes the first element of that id, and on finding a heading it
 * posts no field at all (no view state, no CSP nonce) and the server answers with its error page.
 * This once broke every AJAX request of the page Laporan.
 */
class PageIdsTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern FORM_ID = Pattern.compile("<h:form\\b[^>]*?\\bid=\"([^\"]+)\"");
  private static final Pattern PLAIN_ID =
      Pattern.compile("<(?!h:|p:|f:|ui:|kkb:|c:)[a-z][a-z0-9]*\\b[^>]*?\\bid=\"([^\"#{]+)\"");

  @Test
  void noPlainElementSharesItsIdWithAFormOrAnotherPlainElement() throws IOException {
    List<String> clashes = new ArrayList<>();
    List<Path> pages = pages();
    for (Path page : pages) {
      String source = Files.readString(page);
      Set<String> forms = ids(FORM_ID, source, new ArrayList<>());
      List<String> seen = new ArrayList<>();
      Set<String> plain = ids(PLAIN_ID, source, seen);
      for (String id : plain) {
        if (forms.contains(id)) {
          clashes.add(PAGES.relativize(page) + ": a form and an element both have the id " + id);
        }
      }
      if (seen.size() != plain.size()) {
        List<String> twice = new ArrayList<>(seen);
        plain.forEach(twice::remove);
        clashes.add(PAGES.relativize(page) + ": ids written twice " + twice);
      }
    }
    assertTrue(pages.size() > 20, "the pages were found: " + pages.size());
    assertEquals(List.of(), clashes);
  }

  @Test
  void theCheckSeesAHeadingNamedLikeItsForm() {
    String page = "<h2 id=\"recap\">Rekap</h2><h:form id=\"recap\"><p:selectOneMenu id=\"year\"/>";
    Set<String> plain = ids(PLAIN_ID, page, new ArrayList<>());
    assertTrue(ids(FORM_ID, page, new ArrayList<>()).containsAll(plain), plain.toString());
    assertEquals(Set.of("recap"), plain);
  }

  private static Set<String> ids(Pattern pattern, String source, List<String> all) {
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      all.add(m.group(1));
    }
    return new HashSet<>(all);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
    }
  }
}
