package id.go.lampungprov.kkb.reports.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos as printed in reports: a phone photo of several megabytes is scaled down to print size and
 * stored as JPEG, so six of them do not make a PDF too large to mail. Decoded subsampled, so a
 * large photo never sits on the heap at full size.
 */
public final class Thumbnails {

  private Thumbnails() {}

  /**
   * Refused before decoding: a 50-megapixel image already needs 200 MB as pixels, and a small file
   * can declare far more (a decompression bomb).
   */
  public static final long MAX_PIXELS = 50_000_000L;

  /**
   * @param maxSide the longer side in pixels after scaling (never enlarged)
   * @return JPEG bytes
   * @throws IllegalArgumentException if the image does not decode or declares more than {@link
   *     #MAX_PIXELS}
   */
  public static byte[] jpeg(byte[] photo, int maxSide) {
    try {
      BufferedImage source = decode(photo, maxSide);
      double scale =
          Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
      int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
      BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = target.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(source, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      return encode(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes an image reading only every n-th pixel of every n-th row, so that its longer side is
   * still at least {@code minSide} (or the whole image if it is smaller): the memory needed follows
   * the size wanted, not the size of the photo. The size is read from the header first; an image
   * declaring more than {@link #MAX_PIXELS} is refused without decoding.
   *
   * @throws IllegalArgumentException if it is not a readable image or is too large
   */
  public static BufferedImage decode(byte[] image, int minSide) throws IOException {
    return ImageHeaders.withReader(
        image,
        (reader, size) -> {
          if (size.pixels() > MAX_PIXELS) {
            throw new IllegalArgumentException(
                "the image declares "
                    + size.width()
                    + "x"
                    + size.height()
                    + " pixels; at most "
                    + MAX_PIXELS);
          }
          int step = Math.max(1, Math.max(size.width(), size.height()) / Math.max(1, minSide));
          ImageReadParam param = reader.getDefaultReadParam();
          param.setSourceSubsampling(step, step, 0, 0);
          BufferedImage decoded = reader.read(0, param);
          if (decoded == null) {
            throw new IllegalArgumentException("not a readable image");
          }
          return decoded;
        });
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.82f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
