package id.go.lampungprov.kkb.reports.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's reader and the size its header declares, before any pixel is decoded: the one place
 * where uploads are checked and thumbnails are made, so both refuse a pixel bomb the same way.
 */
public final class ImageHeaders {

  /** The size an image declares. */
  public record Size(int width, int height) {
    public long pixels() {
      return (long) width * height;
    }
  }

  /** What to do with the open reader once the size is known. */
  @FunctionalInterface
  public interface Step<T> {
    T apply(ImageReader reader, Size size) throws IOException;
  }

  private ImageHeaders() {}

  /**
   * Opens the image's reader, reads the declared size and hands both to {@code step}.
   *
   * @throws IllegalArgumentException if no reader knows the format
   */
  public static <T> T withReader(byte[] image, Step<T> step) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IllegalArgumentException("not a readable image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return step.apply(reader, new Size(reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    }
  }

  /** The declared size alone. */
  public static Size size(byte[] image) throws IOException {
    return withReader(image, (reader, size) -> size);
  }
}
