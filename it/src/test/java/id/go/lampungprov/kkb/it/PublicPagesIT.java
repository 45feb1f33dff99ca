package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public portal in headless Chromium without an account: home → directory → Kampung KB
 * Sidodadi's profile → statistics drilled down to its district → a table downloaded → the map;
 * nothing personal on any page, checked against the demo data's persons and phone numbers; a phone
 * sees the pages without sideways scrolling; no page opens a session, and a page the browser holds
 * is answered 304 until something changes. Screenshots {@code 40-publik-*}.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

  @Test
  void aVisitorWalksThePortalAndSeesNoPerson() {
    Set<String> personal = PublicPortalIT.personalData();
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    String name = Accounts.uniqueName("Kampung KB Peta");
    Http.object(
        operator.post(
            "/api/kampung-kb",
            Fixtures.kampung(ReferenceData.freeVillage(operator), name).build().toString()),
        201);

    try (Chromium browser = Chromium.desktop()) {
      browser.open(Http.BASE + "/publik/index.xhtml");
      String home = browser.text();
      assertTrue(home.contains("Kampung KB di Provinsi Lampung"), home);
      assertTrue(Long.parseLong(browser.find("#total").getText()) > 400, home);
      assertNothingPersonal(home, personal);
      browser.screenshot("40-publik-beranda");

      browser.click("#nav-directory");
      // Kabupaten Lampung Timur: there is another Desa Sidodadi in Lampung Tengah.
      browser.script("document.getElementById('regency').value = '18.07';");
      browser.find("#name").sendKeys("Sidodadi");
      browser.submit("#apply");
      String directory = browser.text();
      assertTrue(directory.contains("Kampung KB Sidodadi"), directory);
      assertTrue(browser.url().contains("name=Sidodadi"), "filters in the address");
      assertEquals(1, browser.count("#directory tbody tr"), directory);
      browser.screenshot("41-publik-direktori");

      browser.click("#directory a[href*='profil']");
      String profile = browser.text();
      assertTrue(profile.contains("Pekalongan") && profile.contains("Pokja"), profile);
      assertTrue(profile.contains("Kegiatan pembinaan"), profile);
      assertNothingPersonal(profile, personal);
      browser.screenshot("42-publik-profil");

      browser.click("#nav-statistics");
      assertTrue(browser.text().contains("Statistik Kampung KB"));
      browser.click("#statistics a[href*='region=18.07&']");
      assertEquals("Kabupaten Lampung Timur", browser.find("#area").getText().strip());
      browser.click("#statistics a[href*='region=18.07.04&']");
      String district = browser.text();
      assertTrue(district.contains("Sidodadi"), district);
      assertNothingPersonal(district, personal);
      browser.screenshot("43-publik-statistik");

      // The table's download holds its rows and the total.
      int rows = browser.count("#statistics tbody tr");
      String csvLink = browser.find("#download-csv").getAttribute("href");
      HttpResponse<String> csv = Http.anonymous().get(csvLink.substring(Http.BASE.length()));
      assertEquals(200, csv.statusCode(), csv.body());
      assertEquals(rows + 2, csv.body().split("\r\n").length, csv.body());
      assertTrue(csv.body().contains("Sidodadi"));
      HttpResponse<byte[]> xlsx =
          Http.anonymous()
              .getBytes(
                  browser
                      .find("#download-xlsx")
                      .getAttribute("href")
                      .substring(Http.BASE.length()));
      assertEquals(200, xlsx.statusCode());

      browser.click("#nav-map");
      browser.waitUntil(() -> browser.find("#map").getAttribute("data-loaded") != null);
      assertTrue(
          Integer.parseInt(browser.find("#map").getAttribute("data-loaded")) >= 1,
          browser.console());
      assertTrue(browser.has("#map canvas, #map path"), browser.html("#map"));
      browser.screenshot("44-publik-peta");

      // English through the language switch; the next page keeps it (a cookie, no session).
      browser.click("#lang-en");
      assertTrue(browser.text().contains("Kampung KB map"), browser.text());
      browser.click("#nav-directory");
      assertTrue(browser.text().contains("Kampung KB directory"), browser.text());
    }
  }

  @Test
  void publicPagesOpenNoSessionAndAnswer304WhileNothingChanged() {
    Http visitor = Http.anonymous();
    long sidodadi = ReferenceData.sidodadi(Accounts.admin());
    Map<String, String> tags = new LinkedHashMap<>();
    for (String page :
        List.of(
            "/publik/",
            "/publik/index.xhtml",
            "/publik/direktori.xhtml?regency=18.07&name=Sidodadi",
            "/publik/profil.xhtml?id=" + sidodadi,
            "/publik/statistik.xhtml?region=18.07",
            "/publik/peta.xhtml")) {
      HttpResponse<String> answer = visitor.get(page);
      assertEquals(200, answer.statusCode(), page);
      List<String> cookies = answer.headers().allValues("Set-Cookie");
      assertTrue(
          cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")),
          page + " opened a session: " + cookies);
      String tag = answer.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(page));
      tags.put(page, tag);
      HttpResponse<String> again = visitor.get(page, "If-None-Match", tag);
      assertEquals(304, again.statusCode(), page);
      assertEquals("", again.body());
    }

    // English by the address, kept by a cookie for the pages linked without it.
    HttpResponse<String> english = visitor.get("/publik/index.xhtml?lang=en");
    assertTrue(english.body().contains("Kampung KB in Lampung Province"), english.body());
    assertTrue(
        english.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("kkb-lang=en")),
        english.headers().toString());
    HttpResponse<String> next = visitor.get("/publik/index.xhtml", "Cookie", "kkb-lang=en");
    assertTrue(next.body().contains("Kampung KB in Lampung Province"), next.body());
    assertTrue(next.body().contains("lang=\"en\""), "the page says its language");
    assertFalse(
        next.headers().firstValue("ETag").orElseThrow().equals(tags.get("/publik/index.xhtml")),
        "another language, another tag");
    assertTrue(
        visitor.get("/publik/index.xhtml").body().contains("Kampung KB di Provinsi Lampung"));

    // A change anywhere moves the tag: the copy is no longer current.
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http.object(
        operator.post(
            "/api/kampung-kb",
            Fixtures.kampung(ReferenceData.freeVillage(operator), Accounts.uniqueName("KKB Tag"))
                .build()
                .toString()),
        201);
    String home = "/publik/index.xhtml";
    assertEquals(200, visitor.get(home, "If-None-Match", tags.get(home)).statusCode());
  }

  @Test
  void aPhoneSeesTheDirectoryWithoutScrollingSideways() {
    try (Chromium phone = Chromium.phone()) {
      phone.open(Http.BASE + "/publik/direktori.xhtml?regency=18.07");
      assertTrue(phone.text().contains("Direktori Kampung KB"), phone.text());
      long page = (Long) phone.script("return document.documentElement.scrollWidth;");
      long screen = (Long) phone.script("return window.innerWidth;");
      assertTrue(page <= screen + 1, "page " + page + " wider than the screen " + screen);
      phone.screenshot("45-publik-direktori-ponsel");
    }
  }

  @Test
  void anUnknownProfileIsNotFound() {
    assertEquals(404, Http.anonymous().get("/publik/profil.xhtml?id=999999999").statusCode());
    assertEquals(404, Http.anonymous().get("/publik/profil.xhtml?id=x").statusCode());
  }

  private static void assertNothingPersonal(String page, Set<String> personal) {
    for (String p : personal) {
      assertFalse(page.contains(p), "the page shows \"" + p + "\"");
    }
  }
}
