package id.go.lampungprov.kkb.audit.domain;

/**
 * Who is acting and from which address, for the current thread. The web layer sets it for each
 * request; work outside a request (start-up, timers) is attributed to {@code system}.
 */
public final class AuditContext {

  public static final String SYSTEM = "system";
  private static final ThreadLocal<AuditContext> CURRENT = new ThreadLocal<>();

  private final String actor;
  private final String clientAddress;

  private AuditContext(String actor, String clientAddress) {
    this.actor = actor;
    this.clientAddress = clientAddress;
  }

  public static void begin(String actor, String clientAddress) {
    CURRENT.set(new AuditContext(actor == null ? "anonymous" : actor, clientAddress));
  }

  public static void end() {
    CURRENT.remove();
  }

  public static String actor() {
    AuditContext c = CURRENT.get();
    return c == null ? SYSTEM : c.actor;
  }

  public static String clientAddress() {
    AuditContext c = CURRENT.get();
    return c == null ? null : c.clientAddress;
  }
}
