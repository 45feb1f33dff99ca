package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.Issuer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The report parameters every official document shares: the issuer's letterhead and, once issued,
 * its number, verification QR code and note. Also the escaping of typed text for styled fields.
 */
public final class Letterheads {

  private Letterheads() {}

  public static Map<String, Object> of(Issuer issuer) {
    Map<String, Object> p = new HashMap<>();
    p.put("ISSUER_LINE_1", issuer.line1());
    p.put("ISSUER_LINE_2", issuer.line2());
    p.put("ISSUER_ADDRESS", issuer.address());
    return p;
  }

  /** Adds number, QR code and verification note of an issued document; nothing for a draft. */
  public static void stamp(Map<String, Object> p, DocumentService.Stamp stamp) {
    if (stamp == null) {
      return;
    }
    p.put("DOCUMENT_NUMBER", stamp.number());
    try {
      p.put("VERIFY_QR", ImageIO.read(new ByteArrayInputStream(stamp.qrPng())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.put(
        "VERIFY_TEXT",
        "Ditandatangani secara elektronik oleh "
            + stamp.issuer().line2()
            + ". Periksa keaslian: "
            + stamp.verifyUrl());
  }

  /** Text staff typed, for a field with styled markup: never taken for markup itself. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
