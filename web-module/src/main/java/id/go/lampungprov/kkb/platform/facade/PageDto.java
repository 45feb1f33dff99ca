package id.go.lampungprov.kkb.platform.facade;

import id.go.lampungprov.kkb.shared.domain.Page;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer result and the size of the whole result, as every paged endpoint and lazy
 * table gets it: {@code {"content": [...], "totalElements": 42, "page": 0, "size": 20}}.
 *
 * @param <T> the row's transfer object
 */
public record PageDto<T>(List<T> content, long totalElements, int page, int size)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page's rows turned into transfer objects one by one. */
  public static <E, T> PageDto<T> of(Page<E> found, Function<? super E, ? extends T> row) {
    return rows(found, content -> content.stream().<T>map(row).toList());
  }

  /** The page's rows turned into transfer objects at once (to look up what they refer to once). */
  public static <E, T> PageDto<T> rows(Page<E> found, Function<List<E>, List<T>> rows) {
    return new PageDto<>(
        rows.apply(found.content()), found.totalElements(), found.page(), found.size());
  }
}
