package id.go.lampungprov.kkb.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table backed by a paged facade call, so no page ever loads a whole table: the
 * table asks for one page at a time and the facade runs one COUNT and one page query.
 *
 * @param <T> row type
 * @param <P> the facade's page type
 */
public class PageModel<T, P> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private final transient BiFunction<Integer, Integer, P> fetch;
  private final transient Function<P, List<T>> content;
  private final transient Function<P, Long> total;
  private final transient Function<T, String> key;

  public PageModel(
      BiFunction<Integer, Integer, P> fetch,
      Function<P, List<T>> content,
      Function<P, Long> total,
      Function<T, String> key) {
    this.fetch = fetch;
    this.content = content;
    this.total = total;
    this.key = key;
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
