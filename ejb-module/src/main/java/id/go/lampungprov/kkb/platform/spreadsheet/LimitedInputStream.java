package id.go.lampungprov.kkb.platform.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes through and fails on the next one, so a reader built on top
 * never sees (or buffers) more than that. Unlike a stream that just stops, a cut-off is never
 * mistaken for the end of a shorter, valid file.
 */
final class LimitedInputStream extends FilterInputStream {

  /** Thrown past the limit; carries the rule the caller reports. */
  static final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceededException(String message) {
      super(message);
    }
  }

  private final long limit;
  private final String what;
  private long count;

  LimitedInputStream(InputStream in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws LimitExceededException {
    count += n;
    if (count > limit) {
      throw new LimitExceededException(what + " is larger than " + limit + " bytes");
    }
  }
}
