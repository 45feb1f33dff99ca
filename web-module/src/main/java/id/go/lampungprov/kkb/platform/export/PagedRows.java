package id.go.lampungprov.kkb.platform.export;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.util.List;

/** See {@link RowSource#paged}: pages of the largest size a list endpoint answers. */
final class PagedRows<T> implements RowSource<T> {

  static final int CHUNK = PageRequest.MAX_SIZE;

  private final RowSource.PageFetch<T> fetch;
  private Long total;
  private PageDto<T> pending;
  private int page;
  private long read;
  private boolean done;

  PagedRows(RowSource.PageFetch<T> fetch) {
    this.fetch = fetch;
  }

  @Override
  public long total() {
    if (total == null) {
      pending = fetch.page(0, CHUNK);
      total = pending.totalElements();
    }
    return total;
  }

  @Override
  public List<T> next() {
    long all = total();
    if (done || read >= all) {
      return List.of();
    }
    PageDto<T> current = pending != null ? pending : fetch.page(page, CHUNK);
    pending = null;
    page++;
    List<T> rows = current.content();
    done = rows.size() < CHUNK;
    if (read + rows.size() > all) {
      rows = rows.subList(0, (int) (all - read));
    }
    read += rows.size();
    return rows;
  }
}
