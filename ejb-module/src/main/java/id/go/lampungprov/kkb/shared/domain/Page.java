package id.go.lampungprov.kkb.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result, with the size of the whole result. */
public record Page<T>(List<T> content, long totalElements, int page, int size) {

  public Page {
    content = List.copyOf(content);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(content.stream().<R>map(mapper).toList(), totalElements, page, size);
  }
}
