package id.go.lampungprov.kkb.files.domain;

import id.go.lampungprov.kkb.reports.images.ImageHeaders;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a kind of upload may be: which types and how large. An image is accepted only if its header
 * decodes and its pixel count is bounded, so a renamed file or a decompression bomb is refused
 * before it reaches a report.
 *
 * @param field the request field named in errors, e.g. {@code photo}
 */
public record UploadPolicy(String field, Set<FileType> types, long maxBytes) {

  public static final long MAX_PIXELS = 40_000_000L;

  /** JPEG or PNG photos up to 5 MiB. */
  public static UploadPolicy photo(String field) {
    return new UploadPolicy(field, Set.of(FileType.JPEG, FileType.PNG), 5L * 1024 * 1024);
  }

  /** Evidence for an assessment: a photo or a scanned document, up to 10 MiB. */
  public static UploadPolicy evidence(String field) {
    return new UploadPolicy(
        field, Set.of(FileType.JPEG, FileType.PNG, FileType.PDF), 10L * 1024 * 1024);
  }

  /** Documents this system issues (rendered and signed here), up to 50 MiB. */
  public static UploadPolicy issuedPdf(String field) {
    return new UploadPolicy(field, Set.of(FileType.PDF), 50L * 1024 * 1024);
  }

  /** Scanned documents as PDF up to 10 MiB. */
  public static UploadPolicy pdf(String field) {
    return new UploadPolicy(field, Set.of(FileType.PDF), 10L * 1024 * 1024);
  }

  /** What was found in an accepted file. */
  public record Inspected(FileType type, long size, Integer width, Integer height) {}

  /**
   * Checks the bytes against this policy.
   *
   * @param declaredType the Content-Type the client sent, checked against the bytes when given
   * @throws InvalidInputException naming {@link #field()} and the rule broken
   */
  public Inspected inspect(byte[] data, String declaredType) {
    if (data == null || data.length == 0) {
      throw new InvalidInputException(field, "required", "the file is empty");
    }
    if (data.length > maxBytes) {
      throw new InvalidInputException(
          field, "max-size", "the file has " + data.length + " bytes; at most " + maxBytes);
    }
    String allowed =
        types.stream().map(FileType::mediaType).sorted().collect(Collectors.joining(", "));
    FileType type =
        FileType.sniff(data)
            .filter(types::contains)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        field,
                        types.stream().allMatch(FileType::isImage) ? "not-an-image" : "file-type",
                        "the content is not one of: " + allowed));
    FileType declared = FileType.ofMediaType(declaredType).orElse(null);
    if (declaredType != null
        && !declaredType.startsWith("application/octet-stream")
        && declared != type) {
      throw new InvalidInputException(
          field,
          "content-type-mismatch",
          "the content is " + type.mediaType() + " but was sent as " + declaredType);
    }
    if (!type.isImage()) {
      return new Inspected(type, data.length, null, null);
    }
    return inspectImage(type, data);
  }

  private Inspected inspectImage(FileType type, byte[] data) {
    ImageHeaders.Size size;
    try {
      size = ImageHeaders.size(data);
    } catch (IOException | RuntimeException e) {
      throw notAnImage();
    }
    if (size.pixels() > MAX_PIXELS) {
      throw new InvalidInputException(
          field,
          "max-pixels",
          "the image has " + size.width() + "x" + size.height() + " pixels; at most " + MAX_PIXELS);
    }
    return new Inspected(type, data.length, size.width(), size.height());
  }

  private InvalidInputException notAnImage() {
    return new InvalidInputException(
        field, "not-an-image", "the content starts like an image but does not decode as one");
  }
}
