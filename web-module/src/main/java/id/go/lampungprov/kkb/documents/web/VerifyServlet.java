package id.go.lampungprov.kkb.documents.web;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.documents.facade.VerificationRateLimit;
import id.go.lampungprov.kkb.platform.web.ClientAddress;
import id.go.lampungprov.kkb.reports.signing.SignatureCheck;
import id.go.lampungprov.kkb.reports.signing.SignatureTimestamp;
import id.go.lampungprov.kkb.reports.signing.Trust;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;

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

  private static final DateTimeFormatter STAMPED =
      DateTimeFormatter.ofPattern("d-M-yyyy HH.mm.ss 'WIB'").withZone(ZoneId.of("Asia/Jakarta"));

  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Locale EN = Locale.ENGLISH;

  @Inject private transient DocumentFacade documents;
  @Inject private transient VerificationRateLimit rateLimit;

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
                + "vertical-align:top}td{overflow-wrap:anywhere}.ok{color:#14532d}.no{color:#7f1d1d}"
                + "</style></head><body><h1>Verifikasi Dokumen</h1>");
    if (found.isEmpty()) {
      response.setStatus(404);
      html.append(
          "<p class=\"no\">Dokumen tidak terdaftar. Periksa kembali kode QR atau tautan.</p>");
    } else {
      DocumentDto d = found.get();
      html.append("<p class=\"ok\">Dokumen ini terdaftar sebagai dokumen resmi.</p><table>");
      row(html, "Nomor", d.number());
      row(html, "Jenis", text(ID, "document.type." + d.type()));
      row(html, "Perihal", d.subject());
      row(html, "Penerbit", d.issuerName());
      row(html, "Penanda tangan", d.signatoryName() + ", " + d.signatoryPosition());
      row(html, "Tanda tangan", signature(d));
      trust(html, d, ClientAddress.of(request));
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
      case "EXTERNAL_OVERRIDE" ->
          "Ditandatangani di luar aplikasi dengan sertifikat "
              + d.certificateSubject()
              + "; diterima atas keputusan administrator walaupun sertifikatnya tidak tepercaya.";
      case "BSRE" ->
          "Ditandatangani secara elektronik melalui layanan BSrE (Balai Sertifikasi Elektronik,"
              + " BSSN) dengan sertifikat "
              + d.certificateSubject()
              + "; rantai sertifikatnya diperiksa terhadap otoritas yang dikonfigurasi.";
      case "AWAITING_EXTERNAL" ->
          "Belum ditandatangani: menunggu tanda tangan elektronik bersertifikat di luar aplikasi.";
      case "AWAITING_BSRE" ->
          "Belum ditandatangani: menunggu tanda tangan elektronik penanda tangan melalui BSrE.";
      default ->
          "Tanda tangan elektronik sistem aplikasi Kampung KB (sertifikat "
              + d.certificateSubject()
              + "), bukan tanda tangan bersertifikat BSrE.";
    };
  }

  /**
   * Whether the archived signature is trusted now, and why, in Bahasa Indonesia and English: the
   * file is checked on each view (a certificate may have expired since), within the same
   * per-address limit as the verification API.
   */
  private void trust(StringBuilder html, DocumentDto d, String address) {
    if (d.signatureKind().startsWith("AWAITING_")) {
      return;
    }
    html.append("<tr><th>")
        .append(text(ID, "verify.trust.heading"))
        .append(" / ")
        .append(text(EN, "verify.trust.heading"))
        .append("</th><td>");
    OptionalLong wait = rateLimit.acquire(address);
    if (wait.isPresent()) {
      both(html, "limited", "verify.trust.limited", String.valueOf(wait.getAsLong()));
    } else {
      Optional<SignatureCheck> check = documents.archivedSignature(d.id());
      Trust trust = check.map(SignatureCheck::trust).orElse(null);
      if (trust != null) {
        String css = check.get().trusted() ? "ok" : "no";
        String signer = commonName(trust.chain().isEmpty() ? null : trust.chain().get(0));
        String anchor = commonName(trust.anchor());
        both(html, css, "verify.trust." + trust.status().name(), signer, anchor);
        if (d.signatureKind().equals("EXTERNAL_OVERRIDE")) {
          both(html, "no", "verify.trust.override");
        }
        check.get().timestamp().ifPresent(t -> timestamp(html, t));
      }
    }
    html.append("</td></tr>");
  }

  /**
   * The signature's RFC 3161 timestamp, ours or a gateway's: when and by which authority, and
   * whether the token is valid, covers this signature and comes from a trusted authority.
   */
  private static void timestamp(StringBuilder html, SignatureTimestamp t) {
    String key =
        !t.tokenValid() || !t.coversSignature()
            ? "verify.timestamp.invalid"
            : t.trust().trusted() ? "verify.timestamp" : "verify.timestamp.untrusted";
    String authority = commonName(t.authority());
    both(
        html,
        t.trusted() ? "ok" : "no",
        key,
        t.time() == null ? "?" : STAMPED.format(t.time()),
        authority.isEmpty() ? String.valueOf(t.authority()) : authority);
  }

  private static void both(StringBuilder html, String css, String key, Object... args) {
    html.append("<p class=\"")
        .append(css)
        .append("\" lang=\"id\">")
        .append(escape(MessageFormat.format(text(ID, key), args)))
        .append("</p><p class=\"")
        .append(css)
        .append("\" lang=\"en\">")
        .append(escape(MessageFormat.format(text(EN, key), args)))
        .append("</p>");
  }

  private static String text(Locale locale, String key) {
    return ResourceBundle.getBundle("i18n.messages", locale).getString(key);
  }

  /** A certificate's common name only: a certified name can carry personal identifiers. */
  private static String commonName(String distinguishedName) {
    String cn = DocumentFacade.commonNameOf(distinguishedName);
    return cn != null ? cn : "";
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
