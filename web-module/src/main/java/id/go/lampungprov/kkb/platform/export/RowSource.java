package id.go.lampungprov.kkb.platform.export;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Where an export's rows come from, chunk by chunk. Every chunk is one call of a service, so one
 * transaction and one persistence context that ends with it: what was read for a chunk is garbage
 * once the chunk is written, and the heap does not grow with the rows.
 *
 * @param <T> the row's transfer object
 */
public interface RowSource<T> {

  /** How many rows the export will have; the first read, so bad filters and scope fail here. */
  long total();

  /** The next chunk of rows; empty when all were read. */
  List<T> next();

  /** A page of the list endpoint's own query. */
  @FunctionalInterface
  interface PageFetch<T> {
    PageDto<T> page(int page, int size);
  }

  /**
   * The rows of a paged list, page by page in the list's own order. Stops at the total counted on
   * the first page, so the file has exactly the rows the list reported then.
   */
  static <T> RowSource<T> paged(PageFetch<T> fetch) {
    return new PagedRows<>(fetch);
  }

  /** The rows after a key (an id), in key order. */
  @FunctionalInterface
  interface KeysetFetch<T> {
    List<T> after(long key, int limit);
  }

  /**
   * The rows of a long list by key: each chunk starts after the last key read, so the millionth row
   * costs what the first did (an offset would make the database step over every row before it).
   * Stops at {@code total}, counted first.
   */
  static <T> RowSource<T> keyset(
      LongSupplier total, KeysetFetch<T> fetch, ToLongFunction<? super T> key) {
    return new RowSource<>() {
      private Long all;
      private long last = Long.MIN_VALUE;
      private long read;

      @Override
      public long total() {
        if (all == null) {
          all = total.getAsLong();
        }
        return all;
      }

      @Override
      public List<T> next() {
        if (read >= total()) {
          return List.of();
        }
        int limit = (int) Math.min(PagedRows.CHUNK, total() - read);
        List<T> rows = fetch.after(last, limit);
        if (!rows.isEmpty()) {
          last = key.applyAsLong(rows.get(rows.size() - 1));
        }
        read += rows.size();
        return rows;
      }
    };
  }

  /** A list that is short by nature (one event's participants, one Kampung KB's cadres). */
  static <T> RowSource<T> whole(Supplier<List<T>> all) {
    return new RowSource<>() {
      private List<T> rows;
      private boolean given;

      @Override
      public long total() {
        if (rows == null) {
          rows = List.copyOf(all.get());
        }
        return rows.size();
      }

      @Override
      public List<T> next() {
        total();
        if (given) {
          return List.of();
        }
        given = true;
        return rows;
      }
    };
  }
}
