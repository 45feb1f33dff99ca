package id.go.lampungprov.kkb.reports.engine;

import java.awt.image.BufferedImage;

/** Checks on a rendered page that the template tests share. */
final class RenderedPages {

  private RenderedPages() {}

  /** True if the page has no ink: every pixel is white (the tests render at low resolution). */
  static boolean blank(BufferedImage page) {
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          return false;
        }
      }
    }
    return true;
  }
}
