package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/** The PDFs the application answers with: fetched, read as text, verified as anyone can. */
final class Pdfs {

  private Pdfs() {}

  /** Fetches a PDF: 200 and application/pdf. */
  static byte[] get(Http as, String path) {
    HttpResponse<byte[]> response = as.getBytes(path);
    assertEquals(200, response.statusCode(), () -> new String(response.body()));
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    return response.body();
  }

  /** Fetches a PDF and returns its text. */
  static String text(Http as, String path) {
    return text(get(as, path));
  }

  /** The text of a PDF whose every font is embedded (as a printed form must be). */
  static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          assertTrue(page.getResources().getFont(name).isEmbedded(), "every font embedded");
        }
      }
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Issues an event's document (e.g. {@code daftar-hadir}) unsigned, to be signed outside the
   * application: 201, its JSON.
   */
  static JsonObject issueForExternalSignature(Http as, long event, String document) {
    String path = "/api/events/" + event + "/documents/" + document + "?signature=external";
    return Http.object(as.post(path, "{}"), 201);
  }

  /** Uploads the copy of a document signed outside the application ({@code query} may be ""). */
  static HttpResponse<String> uploadSigned(Http as, String id, byte[] pdf, String query) {
    return as.upload("POST", "/api/documents/" + id + "/signed" + query, "application/pdf", pdf);
  }

  /** Asserts that a PDF's text shows each of these parts, naming the first one missing. */
  static void assertShows(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), part + " in " + text);
    }
  }

  /** What the public verification says of a PDF, uploaded without a login. */
  static JsonObject verify(byte[] pdf) {
    return Http.object(
        Http.anonymous()
            .send(
                HttpRequest.newBuilder(URI.create(Http.BASE + "/api/documents/verify"))
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))),
        200);
  }
}
