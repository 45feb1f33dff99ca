package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SignatureBlock;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.platform.cache.BoundedCache;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.reports.images.Thumbnails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The report parameters every official document shares: the issuer's letterhead with its logo and,
 * once issued, its number, verification QR code and note; the signature block. Also the escaping of
 * typed text for styled fields.
 */
@ApplicationScoped
public class Letterheads {

  /** The longer side a logo is decoded to at most: printed about 2 cm wide. */
  static final int LOGO_SIDE = 600;

  /**
   * Decoded logos by SHA-256: stored files never change, so a logo is read once. Bounded: every
   * logo ever uploaded (replaced ones too) would otherwise stay in memory.
   */
  private final BoundedCache<String, BufferedImage> logos = new BoundedCache<>(32);

  @Inject private FileStore files;

  public Map<String, Object> of(Issuer issuer) {
    Map<String, Object> p = new HashMap<>();
    p.put("ISSUER_LINE_1", issuer.line1());
    p.put("ISSUER_LINE_2", issuer.line2());
    p.put("ISSUER_ADDRESS", issuer.address());
    issuer.logo().map(this::image).ifPresent(logo -> p.put("LOGO", logo));
    return p;
  }

  private BufferedImage image(StoredFile file) {
    return logos.computeIfAbsent(file.sha256(), k -> logo(files.content(file).orElseThrow()));
  }

  /** Subsampled to print size: a logo uploaded as a large photo never sits on the heap whole. */
  static BufferedImage logo(byte[] data) {
    try {
      return Thumbnails.decode(data, LOGO_SIDE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds number, QR code and verification note of an issued document; nothing for a draft. */
  public static void stamp(Map<String, Object> p, DocumentService.Stamp stamp) {
    if (stamp == null) {
      return;
    }
    p.put("DOCUMENT_NUMBER", stamp.number());
    p.put("VERIFY_QR", decode(stamp.qrPng(), "QR code"));
    p.put(
        "VERIFY_TEXT",
        (stamp.external()
                ? "Dokumen ini ditandatangani secara elektronik di luar aplikasi oleh "
                : "Ditandatangani secara elektronik oleh ")
            + stamp.issuer().line2()
            + ". Periksa keaslian: "
            + stamp.verifyUrl());
  }

  /** The signature block: place and date, position, name, rank and NIP. */
  public static void sign(
      Map<String, Object> p, SignatureBlock block, String place, LocalDate day) {
    p.put("SIGN_PLACE_DATE", place + ", " + IndonesianDates.longDate(day));
    p.put("SIGN_POSITION", block.position());
    p.put("SIGN_NAME", block.name());
    p.put("SIGN_RANK", block.rank());
    p.put("SIGN_NIP", block.nip());
  }

  /** Text staff typed, for a field with styled markup: never taken for markup itself. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static BufferedImage decode(byte[] data, String what) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
      if (image == null) {
        throw new IllegalStateException("the " + what + " is not a readable image");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
