package id.go.lampungprov.kkb.platform.export;

import java.util.function.Function;

/**
 * One column of an export: its header and the cell of a row (text, or a {@link Number} a user will
 * sum).
 *
 * @param <T> the row's transfer object
 */
public record ExportColumn<T>(String header, Function<? super T, ?> value) {

  public static <T> ExportColumn<T> of(String header, Function<? super T, ?> value) {
    return new ExportColumn<>(header, value);
  }
}
