package id.go.lampungprov.kkb.reports.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos as printed in reports: a phone photo of several megabytes is scaled down to print size and
 * stored as JPEG, so six of them do not make a PDF too large to mail.
 */
public final class Thumbnails {

  private Thumbnails() {}

  /**
   * @param maxSide the longer side in pixels after scaling (never enlarged)
   * @return JPEG bytes
   */
  public static byte[] jpeg(byte[] photo, int maxSide) {
    try {
      BufferedImage source = ImageIO.read(new ByteArrayInputStream(photo));
      if (source == null) {
        throw new IllegalArgumentException("not a readable image");
      }
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
