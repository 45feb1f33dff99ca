package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SignatureBlock;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.platform.cache.BoundedCache;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.Signature;
import id.go.lampungprov.kkb.reports.images.Thumbnails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * What every official document shares, as the reports print it: the issuer's letterhead with its
 * logo; once issued, its number and verification QR code; the signature block.
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

  public Letterhead of(Issuer issuer) {
    return new Letterhead(
        issuer.line1(),
        issuer.line2(),
        issuer.address(),
        issuer.logo().map(this::image).orElse(null));
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

  /** Number, QR code and verification note of an issued document; null for a draft. */
  public static IssueMark mark(DocumentService.Stamp stamp) {
    return stamp == null
        ? null
        : new IssueMark(
            stamp.number(),
            stamp.qrPng(),
            stamp.verifyUrl(),
            stamp.issuer().line2(),
            switch (stamp.signing()) {
              case INSTALLATION -> IssueMark.Signing.INSTALLATION;
              case BSRE -> IssueMark.Signing.BSRE;
              case EXTERNAL -> IssueMark.Signing.EXTERNAL;
            });
  }

  /** The signature block of the issuer's signatory, signed at the issuer's place on the day. */
  public static Signature signature(SignatureBlock block, Issuer issuer, LocalDate day) {
    return new Signature(
        issuer.place(), day, block.position(), block.name(), block.rank(), block.nip());
  }
}
