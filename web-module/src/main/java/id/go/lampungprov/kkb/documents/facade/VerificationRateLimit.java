package id.go.lampungprov.kkb.documents.facade;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How often one client address may have PDFs verified without an account ({@code POST
 * /api/documents/verify} and the public page's live check): a token bucket per address, {@code
 * KKB_VERIFY_PER_MINUTE} (default 20) requests, refilled evenly over a minute. Parsing and checking
 * a signed PDF costs the server far more than sending one costs a client. In memory and bounded: at
 * most {@value #MAX_ADDRESSES} addresses are remembered, the least recently seen forgotten first.
 */
@ApplicationScoped
public class VerificationRateLimit {

  static final int MAX_ADDRESSES = 10_000;

  private final int perMinute;
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  public VerificationRateLimit() {
    this(
        ConfigProvider.getConfig()
            .getOptionalValue("kkb.verify.per.minute", Integer.class)
            .filter(n -> n > 0)
            .orElse(20));
  }

  VerificationRateLimit(int perMinute) {
    this.perMinute = perMinute;
  }

  /**
   * Takes one request from the address's budget.
   *
   * @return empty when the request may go ahead, else the seconds until it may (for Retry-After)
   */
  public OptionalLong acquire(String address) {
    return acquire(address, System.nanoTime());
  }

  synchronized OptionalLong acquire(String address, long nanos) {
    double perNano = perMinute / 60e9;
    Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, nanos));
    double tokens = Math.min(perMinute, bucket.tokens + (nanos - bucket.at) * perNano);
    bucket.at = nanos;
    if (tokens >= 1) {
      bucket.tokens = tokens - 1;
      return OptionalLong.empty();
    }
    bucket.tokens = tokens;
    return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9)));
  }

  /** What is left of one address's budget, and when it was last counted. */
  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  synchronized int remembered() {
    return buckets.size();
  }
}
