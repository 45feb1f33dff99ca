package id.go.lampungprov.kkb.documents.web;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The page a document's QR code opens, without an account: the registered facts of the document
 * (number, type, subject, issuer, signatory name and position, SHA-256, time of issue) and nothing
 * personal beyond the signatory's name and position.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d-M-yyyy HH.mm 'WIB'").withZone(ZoneId.of("Asia/Jakarta"));

  @Inject private transient DocumentFacade documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<DocumentDto> found =
        path.matches("[0-9a-f-]{36}") ? documents.publicFacts(path) : Optional.empty();
    response.setContentType("text/html; charset=UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>Verifikasi Dokumen</title>"
                + "<style>body{font-family:'Liberation Sans',Arial,sans-serif;max-width:40rem;"
                + "margin:1rem auto;padding:0 1rem}th{text-align:left;padding-right:1rem;"
                + "vertical-align:top}td{word-break:break-all}.ok{color:#14532d}.no{color:#7f1d1d}"
                + "</style></head><body><h1>Verifikasi Dokumen</h1>");
    if (found.isEmpty()) {
      response.setStatus(404);
      html.append(
          "<p class=\"no\">Dokumen tidak terdaftar. Periksa kembali kode QR atau tautan.</p>");
    } else {
      DocumentDto d = found.get();
      html.append("<p class=\"ok\">Dokumen ini terdaftar sebagai dokumen resmi.</p><table>");
      row(html, "Nomor", d.number());
      row(html, "Jenis", d.type());
      row(html, "Perihal", d.subject());
      row(html, "Penerbit", d.issuerName());
      row(html, "Penanda tangan", d.signatoryName() + ", " + d.signatoryPosition());
      row(html, "Tanda tangan", signature(d));
      row(html, "Diterbitkan", TIME.format(d.issuedAt()));
      row(html, "SHA-256", d.sha256());
      html.append(
          "</table><p>Berkas yang Anda pegang asli bila sidik jari SHA-256-nya sama. Unggah berkas"
              + " PDF ke <code>/api/documents/verify</code> untuk memeriksa tanda tangannya.</p>");
    }
    html.append("</body></html>");
    response.getWriter().write(html.toString());
  }

  /** Says whose certificate signed; this installation's own never passes for a BSrE one. */
  private static String signature(DocumentDto d) {
    return switch (d.signatureKind()) {
      case "EXTERNAL" ->
          "Ditandatangani di luar aplikasi dengan sertifikat "
              + d.certificateSubject()
              + "; keabsahan sertifikat diperiksa pada penerbitnya (mis. BSrE).";
      case "AWAITING_EXTERNAL" ->
          "Belum ditandatangani: menunggu tanda tangan elektronik bersertifikat di luar aplikasi.";
      default ->
          "Tanda tangan elektronik sistem aplikasi Kampung KB (sertifikat "
              + d.certificateSubject()
              + "), bukan tanda tangan bersertifikat BSrE.";
    };
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>")
        .append(label)
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>");
  }

  private static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
