package id.go.lampungprov.kkb.files.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadPolicyTest {

  private final UploadPolicy photos = UploadPolicy.photo("photo");

  @Test
  void acceptsRealJpegAndPngAndReadsTheirSize() throws Exception {
    UploadPolicy.Inspected png = photos.inspect(image("png", 64, 48), "image/png");
    assertEquals(FileType.PNG, png.type());
    assertEquals(64, png.width());
    assertEquals(48, png.height());
    assertEquals(FileType.JPEG, photos.inspect(image("jpg", 10, 10), "image/jpeg").type());
    assertEquals(FileType.JPEG, photos.inspect(image("jpg", 10, 10), null).type());
  }

  @Test
  void refusesFiveMegabytesOfSomethingElse() {
    byte[] noise = new byte[5_000_000];
    new Random(7).nextBytes(noise);
    noise[0] = 'M';
    assertRule("not-an-image", () -> photos.inspect(noise, "image/jpeg"));
  }

  @Test
  void refusesAFileThatOnlyStartsLikeAnImage() {
    byte[] fake = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1}, 2000);
    assertRule("not-an-image", () -> photos.inspect(fake, "image/jpeg"));
  }

  @Test
  void refusesTooLargeEmptyAndMislabelled() throws Exception {
    assertRule("max-size", () -> photos.inspect(new byte[5 * 1024 * 1024 + 1], "image/png"));
    assertRule("required", () -> photos.inspect(new byte[0], "image/png"));
    byte[] png = image("png", 8, 8);
    assertRule("content-type-mismatch", () -> photos.inspect(png, "image/jpeg"));
    assertRule("content-type-mismatch", () -> photos.inspect(png, "text/plain"));
  }

  @Test
  void aPdfPolicyWantsAPdf() throws Exception {
    UploadPolicy pdf = UploadPolicy.pdf("document");
    assertEquals(FileType.PDF, pdf.inspect("%PDF-1.7\n...".getBytes(), "application/pdf").type());
    assertRule("file-type", () -> pdf.inspect(image("png", 8, 8), "application/pdf"));
  }

  private static void assertRule(String rule, org.junit.jupiter.api.function.Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(rule, e.rule());
  }

  private static byte[] image(String format, int width, int height) throws Exception {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    img.setRGB(1, 1, 0xFF0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }
}
