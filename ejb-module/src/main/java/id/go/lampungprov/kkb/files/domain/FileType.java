package id.go.lampungprov.kkb.files.domain;

import java.util.Arrays;
import java.util.Optional;

/** The file types the system accepts, recognised by their first bytes, never by name alone. */
public enum FileType {
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  FileType(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public boolean isImage() {
    return this != PDF;
  }

  /** The type whose signature the bytes start with. */
  public static Optional<FileType> sniff(byte[] data) {
    return Arrays.stream(values())
        .filter(t -> data.length >= t.magic.length)
        .filter(t -> Arrays.equals(data, 0, t.magic.length, t.magic, 0, t.magic.length))
        .findFirst();
  }

  /** The type a Content-Type header names, ignoring parameters and case. */
  public static Optional<FileType> ofMediaType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String bare = contentType.split(";", 2)[0].strip();
    String normalised = bare.equalsIgnoreCase("image/jpg") ? "image/jpeg" : bare;
    return Arrays.stream(values())
        .filter(t -> t.mediaType.equalsIgnoreCase(normalised))
        .findFirst();
  }
}
