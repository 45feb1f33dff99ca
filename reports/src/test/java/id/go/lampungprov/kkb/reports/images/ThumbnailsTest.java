package id.go.lampungprov.kkb.reports.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ThumbnailsTest {

  @Test
  void aLargePhotoIsDecodedSubsampledToAboutTheSizeWanted() throws Exception {
    byte[] photo = png(3000, 1500);
    BufferedImage decoded = Thumbnails.decode(photo, 1000);
    assertEquals(1000, decoded.getWidth(), "every third pixel");
    assertEquals(500, decoded.getHeight());
    BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(photo, 1200)));
    assertEquals(1200, thumbnail.getWidth());
    assertEquals(600, thumbnail.getHeight());
    // Small images are read whole and never enlarged.
    BufferedImage small =
        ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(png(40, 20), 1200)));
    assertEquals(40, small.getWidth());
  }

  @Test
  void anImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() {
    // A few dozen bytes declaring 100,000 x 100,000 pixels (40 GB decoded).
    byte[] bomb = pngHeaderOnly(100_000, 100_000);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Thumbnails.jpeg(bomb, 1200));
    assertTrue(refused.getMessage().contains("100000x100000"), refused.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Thumbnails.jpeg("not an image".getBytes(), 1200));
  }

  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** PNG signature, an IHDR chunk with these dimensions, and IEND: no pixel data at all. */
  private static byte[] pngHeaderOnly(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0);
    ihdr.put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
