package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A WGS 84 position that must lie within Indonesia's bounding box. */
@Embeddable
public class GeoPoint {

  // Indonesia spans about 6°N to 11°S and 95°E to 141°E; a small margin keeps outer islands in.
  static final double MIN_LAT = -11.5;
  static final double MAX_LAT = 6.5;
  static final double MIN_LON = 94.5;
  static final double MAX_LON = 141.5;

  @Column(name = "latitude", precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(name = "longitude", precision = 9, scale = 6)
  private BigDecimal longitude;

  protected GeoPoint() {
    // for JPA
  }

  public GeoPoint(double latitude, double longitude) {
    if (Double.isNaN(latitude) || latitude < MIN_LAT || latitude > MAX_LAT) {
      throw new InvalidInputException(
          "latitude",
          "in-indonesia",
          "latitude must lie in Indonesia (" + MIN_LAT + " to " + MAX_LAT + ")");
    }
    if (Double.isNaN(longitude) || longitude < MIN_LON || longitude > MAX_LON) {
      throw new InvalidInputException(
          "longitude",
          "in-indonesia",
          "longitude must lie in Indonesia (" + MIN_LON + " to " + MAX_LON + ")");
    }
    this.latitude = BigDecimal.valueOf(latitude).setScale(6, RoundingMode.HALF_UP);
    this.longitude = BigDecimal.valueOf(longitude).setScale(6, RoundingMode.HALF_UP);
  }

  public double latitude() {
    return latitude.doubleValue();
  }

  public double longitude() {
    return longitude.doubleValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeoPoint p
        && Objects.equals(latitude, p.latitude)
        && Objects.equals(longitude, p.longitude);
  }

  @Override
  public int hashCode() {
    return Objects.hash(latitude, longitude);
  }

  @Override
  public String toString() {
    return latitude.toPlainString() + "," + longitude.toPlainString();
  }
}
