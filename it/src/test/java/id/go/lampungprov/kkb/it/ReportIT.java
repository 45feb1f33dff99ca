package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.reports.signing.PdfSigner;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Profil Kampung KB and the Rekapitulasi Provinsi on the demo data; issuer logos and named
 * signatories; documents signed outside the system (BSrE) and uploaded back.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

  private static final Pattern NIK = Pattern.compile("\\b\\d{16}\\b");

  @Test
  void theProfileOfAKampungKbHasEverySectionAndTheSignatoryNamedForIt() throws Exception {
    Http admin = Accounts.admin();
    JsonObject signatory =
        Http.object(
            admin.post(
                "/api/issuers/BKKBN/signatories",
                "{\"fullName\":\"Dra. Uji Penandatangan, M.Si\",\"position\":\"Kepala Bidang"
                    + " Pengendalian Penduduk\",\"rank\":\"Pembina (IV/a)\","
                    + "\"nip\":\"197001012000031002\"}"),
            201);
    long signatoryId = signatory.getJsonNumber("id").longValue();
    JsonObject issuer =
        Http.object(
            admin.put(
                "/api/issuers/BKKBN/report-signatories/PROFIL_KAMPUNG_KB",
                "{\"signatoryId\":" + signatoryId + "}"),
            200);
    assertEquals(
        signatoryId,
        issuer.getJsonObject("signatoriesByType").getJsonNumber("PROFIL_KAMPUNG_KB").longValue());
    Http.problem(
        admin.put("/api/issuers/BKKBN/report-signatories/SURAT_CINTA", "{\"signatoryId\":1}"), 400);
    Http.problem(
        admin.put(
            "/api/issuers/DPPPA/report-signatories/PROFIL_KAMPUNG_KB",
            "{\"signatoryId\":" + signatoryId + "}"),
        400);

    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = kampungKbIn(operator, "18.07");
    byte[] draft = Pdfs.get(operator, "/api/kampung-kb/" + kkb + "/documents/profil");
    String text = Pdfs.text(draft);
    Pdfs.assertShows(
        text,
        "PROFIL KAMPUNG KB",
        "A. Registrasi",
        "B. Struktur Pokja dan Kader",
        "C. Profil Pengelolaan",
        "D. Data Terakhir",
        "CPR (%)",
        "Unmet need (%)",
        "E. Klasifikasi",
        "F. Intervensi Lintas Sektor",
        "G. Riwayat Penilaian COE",
        "Dra. Uji Penandatangan, M.Si",
        "NIP. 19700101 200003 1 002");
    assertFalse(NIK.matcher(text).find(), "no NIK");
    assertFalse(blankFirstPage(draft), "page 1 has ink");

    JsonObject issued =
        Http.object(operator.post("/api/kampung-kb/" + kkb + "/documents/profil", "{}"), 201);
    assertEquals("PROFIL_KAMPUNG_KB", issued.getString("type"));
    assertEquals("Dra. Uji Penandatangan, M.Si", issued.getString("signatoryName"));
    assertEquals("INSTALLATION", issued.getString("signatureKind"));

    Http.problem(
        Accounts.user("VIEWER", "18.01").get("/api/kampung-kb/" + kkb + "/documents/profil"), 404);
    Http.problem(operator.get("/api/kampung-kb/987654321/documents/profil"), 404);
  }

  /** The profile and the recap carry every font they use, as poppler's pdffonts sees them. */
  @Test
  void popplerFindsEveryFontOfTheProfileAndTheRecapEmbedded() throws Exception {
    Poppler.assumeInstalled("pdffonts");
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = kampungKbIn(operator, "18.07");
    assertAllFontsEmbedded(Pdfs.get(operator, "/api/kampung-kb/" + kkb + "/documents/profil"));
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    assertAllFontsEmbedded(Pdfs.get(officer, "/api/reports/rekapitulasi?region=18&year=2020"));
  }

  @Test
  void theProvinceRecapCountsPerRegencyWithAGrowthChartAndAsXlsx() throws Exception {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    byte[] recap = Pdfs.get(officer, "/api/reports/rekapitulasi?region=18&year=2020");
    String text = Pdfs.text(recap);
    Pdfs.assertShows(
        text,
        "REKAPITULASI KAMPUNG KB PROVINSI LAMPUNG",
        "Keadaan per 31 Desember 2020",
        "Kabupaten/Kota",
        "Lampung Timur",
        "Jumlah",
        "Kegiatan",
        "Jumlah Kampung KB pada Akhir Tahun");
    assertFalse(NIK.matcher(text).find(), "no NIK");
    assertFalse(blankFirstPage(recap));

    byte[] xlsx =
        officer.getBytes("/api/reports/rekapitulasi?region=18&year=2020&format=xlsx").body();
    String sheet = sheet(xlsx);
    String lampungTimur =
        sheet.substring(sheet.indexOf("18.07"), sheet.indexOf("</row>", sheet.indexOf("18.07")));
    List<Long> figures =
        Pattern.compile("<v>(\\d+(?:\\.\\d+)?)</v>")
            .matcher(lampungTimur)
            .results()
            .map(m -> (long) Double.parseDouble(m.group(1)))
            .toList();
    assertEquals(12, figures.size(), lampungTimur);
    assertTrue(figures.get(0) > 200, "villages of Lampung Timur: " + figures);
    assertTrue(figures.get(10) >= 1, "the reference event was held in 2020: " + figures);
    assertTrue(figures.get(11) >= 18, "18 present at the reference event: " + figures);

    int pages = pages(recap);
    int withRegencies =
        pages(Pdfs.get(officer, "/api/reports/rekapitulasi?region=18&year=2020&perRegency=true"));
    assertTrue(withRegencies >= pages + 15, pages + " then " + withRegencies);

    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    assertTrue(
        Pdfs.text(Pdfs.get(operator, "/api/reports/rekapitulasi?region=18.07&year=2020"))
            .contains("Kecamatan"));
    Http.problem(operator.get("/api/reports/rekapitulasi?region=18&year=2020"), 404);
    Http.problem(operator.get("/api/reports/rekapitulasi?region=18.07.04&year=2020"), 400);
    Http.problem(operator.get("/api/reports/rekapitulasi?region=18.07&year=2010"), 400);
    Http.problem(operator.get("/api/reports/rekapitulasi?region=18.07&format=doc"), 400);

    JsonObject issued =
        Http.object(officer.post("/api/reports/rekapitulasi?region=18&year=2020", "{}"), 201);
    assertEquals("REKAPITULASI_PROVINSI", issued.getString("type"));
    String listed = officer.get("/api/documents?type=REKAPITULASI_PROVINSI&size=200").body();
    assertTrue(listed.contains(issued.getString("id")), "listed for the province");
    assertFalse(
        Accounts.user("VIEWER", "18.01")
            .get("/api/documents?type=REKAPITULASI_PROVINSI&size=200")
            .body()
            .contains(issued.getString("id")),
        "not for a regency");
    Http.problem(officer.get("/api/documents?type=SURAT"), 400);

    // The benchmark endpoint is load-test tooling: only the load-test EAR (loadtest/) has it.
    Http.problem(Accounts.admin().get("/api/reports/rekapitulasi/benchmark?region=18&runs=2"), 404);
  }

  @Test
  void aNationalAccountReadsTheNationalRecapOthersAreRefused() throws Exception {
    Http national = Accounts.user("VIEWER", "ID");
    HttpResponse<byte[]> pdf = national.getBytes("/api/reports/rekapitulasi?region=ID&year=2020");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        Pdfs.text(pdf.body()).toLowerCase(java.util.Locale.ROOT).contains("lampung"),
        "a line per province loaded");
    HttpResponse<byte[]> xlsx =
        national.getBytes("/api/reports/rekapitulasi?region=ID&year=2020&format=xlsx");
    assertEquals(200, xlsx.statusCode());
    assertTrue(
        xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
        xlsx.headers().toString());

    // Every other scope is refused the country (403), the province too.
    Http.problem(
        Accounts.user("PROVINCE_OFFICER", "18").get("/api/reports/rekapitulasi?region=ID"), 403);
    Http.problem(Accounts.admin().get("/api/reports/rekapitulasi?region=ID&format=xlsx"), 403);
    // The national recap is read, never issued: a province issues its own.
    Http.assertRefused(
        Accounts.user("PROVINCE_OFFICER", "18")
            .post("/api/reports/rekapitulasi?region=ID&year=2020", "{}"),
        400,
        "region",
        "national-recap-not-issued");
  }

  @Test
  void aRecapStillCurrentIsAnswered304AndAnyChangeGivesANewTag() {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    String path = "/api/reports/rekapitulasi?region=18&year=2020";
    HttpResponse<String> first = officer.get(path);
    assertEquals(200, first.statusCode());
    assertEquals("private, no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
    String tag = unchangedTag(officer, path);
    HttpResponse<String> again = ifNoneMatch(officer, path, tag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body(), "no body with 304");
    assertEquals(tag, again.headers().firstValue("ETag").orElseThrow());

    // Anything else asked for is another file: another tag, the held one does not match it.
    for (String other :
        List.of(
            path + "&format=xlsx",
            path + "&perRegency=true",
            "/api/reports/rekapitulasi?region=18&year=2021",
            "/api/reports/rekapitulasi?region=18.07&year=2020")) {
      HttpResponse<String> answer = ifNoneMatch(officer, other, tag);
      assertEquals(200, answer.statusCode(), other);
      assertFalse(answer.headers().firstValue("ETag").orElseThrow().equals(tag), other);
    }

    // A caller outside the province is refused as without the tag, never told it is current.
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http.problem(ifNoneMatch(operator, path, tag), 404);
    Http.problem(ifNoneMatch(operator, path, "*"), 404);

    // Any write in the province: the held copy is no longer current.
    Fixtures.registerKampungKb(operator, "Kampung KB ETag " + Accounts.uniqueName("e"));
    HttpResponse<String> changed = ifNoneMatch(officer, path, tag);
    assertEquals(200, changed.statusCode());
    assertFalse(changed.headers().firstValue("ETag").orElseThrow().equals(tag));
    assertTrue(changed.body().startsWith("%PDF"));
  }

  /**
   * The recap's tag once two reads in a row agree on it: another test's background work (a
   * reclassification after an import) may still be writing when this one starts.
   */
  private static String unchangedTag(Http as, String path) {
    String tag = as.etag(path);
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> answer = ifNoneMatch(as, path, tag);
      if (answer.statusCode() == 304) {
        return tag;
      }
      assertEquals(200, answer.statusCode());
      tag = answer.headers().firstValue("ETag").orElseThrow();
    }
    throw new AssertionError("the recap's tag kept changing: " + tag);
  }

  private static HttpResponse<String> ifNoneMatch(Http as, String path, String tag) {
    return as.send(
        HttpRequest.newBuilder(URI.create(as.base() + path)).header("If-None-Match", tag).GET());
  }

  @Test
  void aDocumentSignedElsewhereIsCheckedAndArchivedInPlaceOfTheUnsignedOne() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event = ReferenceData.referenceEvent(operator);
    JsonObject awaiting = Pdfs.issueForExternalSignature(operator, event, "laporan-kegiatan");
    assertEquals("AWAITING_EXTERNAL", awaiting.getString("signatureKind"));
    String id = awaiting.getString("id");
    byte[] unsigned = operator.getBytes("/api/documents/" + id + "/pdf").body();
    assertFalse(Pdfs.verify(unsigned).getBoolean("signed"), "issued unsigned");

    PdfSigner external = TestSigners.underTestCa("Kepala Dinas Uji Eksternal");
    byte[] signed = TestSigners.sign(external, unsigned);

    Http.problem(Pdfs.uploadSigned(operator, id, unsigned, ""), 400);
    byte[] tampered = signed.clone();
    tampered[unsigned.length / 2] ^= 0x01;
    Http.problem(Pdfs.uploadSigned(operator, id, tampered, ""), 400);
    Http.problem(Pdfs.uploadSigned(Accounts.user("VIEWER", "18.07"), id, signed, ""), 403);

    JsonObject archived = Http.object(Pdfs.uploadSigned(operator, id, signed, ""), 200);
    assertEquals("EXTERNAL", archived.getString("signatureKind"));
    assertTrue(
        archived.getString("certificateSubject").contains("Kepala Dinas Uji Eksternal"),
        archived.toString());
    byte[] kept = operator.getBytes("/api/documents/" + id + "/pdf").body();
    assertEquals(signed.length, kept.length, "the signed copy replaces the unsigned one");
    JsonObject check = Pdfs.verify(signed);
    assertTrue(check.getBoolean("intact") && check.getBoolean("registered"), check.toString());
    assertFalse(check.getBoolean("signedByThisInstallation"), check.toString());
    assertTrue(check.getBoolean("trusted"), check.toString());
    assertEquals("TRUSTED", check.getString("trust"), check.toString());
    assertTrue(check.getString("trustReason").contains("Kampung KB Test CA"), check.toString());
    assertFalse(check.getBoolean("revocationChecked"), check.toString());
    Http.problem(Pdfs.uploadSigned(operator, id, signed, ""), 409);
    String page = Http.anonymous().get("/verify/" + id).body();
    assertTrue(page.contains("di luar aplikasi"), page);
    assertTrue(page.contains("Tepercaya: ditandatangani oleh Kepala Dinas Uji Eksternal"), page);
    assertTrue(page.contains("Trusted: signed by Kepala Dinas Uji Eksternal"), page);
    assertTrue(page.contains("Kampung KB Test CA"), page);

    JsonObject other = Pdfs.issueForExternalSignature(operator, event, "daftar-hadir");
    Http.problem(Pdfs.uploadSigned(operator, other.getString("id"), signed, ""), 400);
    Http.problem(
        operator.post("/api/events/" + event + "/documents/daftar-hadir?signature=bsre", "{}"),
        400);
  }

  @Test
  void theIssuersLogoHeadsItsDocumentsAndEventPhotosAreAttached() throws Exception {
    Http admin = Accounts.admin();
    byte[] logo = Files.image("png", 240, 240);
    JsonObject issuer =
        Http.object(admin.upload("PUT", "/api/issuers/DPPPA/logo", "image/png", logo), 200);
    assertTrue(issuer.getBoolean("hasLogo"));
    assertEquals(200, admin.getBytes("/api/issuers/DPPPA/logo").statusCode());
    Http.problem(
        admin.upload("PUT", "/api/issuers/DPPPA/logo", "image/png", "not a png".getBytes()), 415);
    Http.problem(
        Accounts.user("PROVINCE_OFFICER", "18")
            .upload("PUT", "/api/issuers/DPPPA/logo", "image/png", logo),
        403);

    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event =
        Http.object(
                operator.post(
                    "/api/events",
                    Fixtures.event(operator, ReferenceData.sidodadi(operator), 30)
                        .build()
                        .toString()),
                201)
            .getJsonNumber("id")
            .longValue();
    String caption = "Foto uji " + Accounts.uniqueName("p");
    Http.object(
        operator.upload(
            "POST",
            "/api/events/" + event + "/photos?caption=" + caption.replace(" ", "%20"),
            "image/jpeg",
            Files.image("jpeg", 1600, 1200)),
        201);
    byte[] report = Pdfs.get(operator, "/api/events/" + event + "/documents/laporan-kegiatan");
    String text = Pdfs.text(report);
    assertTrue(text.contains("LAMPIRAN DOKUMENTASI KEGIATAN"), text);
    try (PDDocument doc = Loader.loadPDF(report)) {
      assertTrue(images(doc.getPage(0)) >= 1, "the logo heads page 1 of a draft (no QR yet)");
    }
  }

  /** Poppler's pdffonts, a reader that is not ours: every font of every page is embedded. */
  private static void assertAllFontsEmbedded(byte[] pdf) throws Exception {
    List<String> lines = Poppler.run("pdffonts", pdf).lines().toList();
    assertTrue(lines.size() > 2, "fonts listed: " + lines);
    for (String line : lines.subList(2, lines.size())) {
      assertTrue(line.matches(".*\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*"), line);
    }
  }

  private static int images(PDPage page) throws IOException {
    int n = 0;
    for (var name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) {
        n++;
      }
    }
    return n;
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  private static boolean blankFirstPage(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 40);
      for (int y = 0; y < page.getHeight(); y++) {
        for (int x = 0; x < page.getWidth(); x++) {
          if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
            return false;
          }
        }
      }
      return true;
    }
  }

  private static String sheet(byte[] xlsx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no sheet in the workbook");
  }

  private static long kampungKbIn(Http as, String region) {
    return Http.object(as.get("/api/kampung-kb?status=ACTIVE&size=1&region=" + region), 200)
        .getJsonArray("content")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }
}
