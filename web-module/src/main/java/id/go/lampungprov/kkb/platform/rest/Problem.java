package id.go.lampungprov.kkb.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document.
 *
 * @param errors the invalid fields, for validation problems
 * @param errorId for unexpected errors: the id under which the server logged the details
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    String errorId) {

  /**
   * One invalid field.
   *
   * @param field the request field, parameter or property path
   * @param rule the rule it broke, e.g. {@code region-code}, {@code max-length}, {@code Size}
   */
  @Schema(name = "FieldError")
  public record FieldError(String field, String rule, String message) {}
}
