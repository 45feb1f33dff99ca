package id.go.lampungprov.kkb.platform.web;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table backed by a paged facade call, so no page ever loads a whole table: the
 * table asks for one page at a time and the facade runs one COUNT and one page query. The model
 * lives in the view state, which moves between instances with the session: its functions are
 * serializable lambdas (their captured bean and facade proxy are serializable), so a table still
 * loads after the move.
 *
 * @param <T> row type
 * @param <P> the facade's page type
 */
public class PageModel<T, P> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Reads one page: page number and size to the facade's page. */
  public interface Fetch<P> extends BiFunction<Integer, Integer, P>, Serializable {}

  /** Reads something off a page or a row. */
  public interface Read<A, B> extends Function<A, B>, Serializable {}

  private final Fetch<P> fetch;
  private final Read<P, List<T>> content;
  private final Read<P, Long> total;
  private final Read<T, String> key;

  public PageModel(
      Fetch<P> fetch, Read<P, List<T>> content, Read<P, Long> total, Read<T, String> key) {
    this.fetch = fetch;
    this.content = content;
    this.total = total;
    this.key = key;
  }

  /** A table over a facade call that answers the shared {@link PageDto}. */
  public static <T> PageModel<T, PageDto<T>> paged(Fetch<PageDto<T>> fetch, Read<T, String> key) {
    return new PageModel<>(fetch, PageDto::content, PageDto::totalElements, key);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, total.apply(fetch.apply(0, 1)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, 200));
    P page = fetch.apply(first / size, size);
    setRowCount((int) Math.min(Integer.MAX_VALUE, total.apply(page)));
    return content.apply(page);
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }
}
