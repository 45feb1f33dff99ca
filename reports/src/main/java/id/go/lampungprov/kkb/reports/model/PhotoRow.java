package id.go.lampungprov.kkb.reports.model;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** One photo of a report's documentation attachment: image bytes (JPEG or PNG) and caption. */
public final class PhotoRow {

  private final byte[] image;
  private final String caption;

  public PhotoRow(byte[] image, String caption) {
    this.image = image.clone();
    this.caption = caption;
  }

  /** A fresh stream on each call: JasperReports reads the image data once per evaluation. */
  public InputStream getImage() {
    return new ByteArrayInputStream(image);
  }

  public String getCaption() {
    return caption;
  }
}
