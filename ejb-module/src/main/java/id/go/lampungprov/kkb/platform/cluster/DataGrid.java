package id.go.lampungprov.kkb.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Maps and messages shared by every instance of the application: Payara's Data Grid when it is on
 * (Payara Server and Payara Micro bind their Hazelcast member to JNDI as {@code payara/Hazelcast}),
 * plain memory when it is off. Keys and values are JDK types only (strings, numbers, arrays of
 * them): they are deserialized by Hazelcast's own threads, which do not see the application's
 * classes.
 */
@ApplicationScoped
public class DataGrid {

  static final String JNDI_NAME = "payara/Hazelcast";
  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  private Optional<HazelcastInstance> member = Optional.empty();
  private final Map<String, ConcurrentMap<?, ?>> localMaps = new ConcurrentHashMap<>();
  private final Map<String, ConcurrentMap<?, ?>> gridMaps = new ConcurrentHashMap<>();
  private final Map<String, CopyOnWriteArrayList<Consumer<String>>> localTopics =
      new ConcurrentHashMap<>();

  @PostConstruct
  void connect() {
    member = lookup();
    LOG.info(
        member
            .map(m -> "Data Grid: member of a cluster of " + m.getCluster().getMembers().size())
            .orElse("Data Grid off: maps and messages stay in this instance"));
  }

  /** A map every instance sees (a Hazelcast IMap), or this instance's own when alone. */
  @SuppressWarnings("unchecked")
  public <K, V> ConcurrentMap<K, V> map(String name) {
    return member
        .<ConcurrentMap<K, V>>map(
            m ->
                (ConcurrentMap<K, V>) gridMaps.computeIfAbsent(name, n -> outsideApplication(m, n)))
        .orElseGet(() -> (ConcurrentMap<K, V>) localMaps.computeIfAbsent(name, n -> newLocal()));
  }

  /**
   * The map's proxy made on a thread that carries no application context. Payara ties a Data Grid
   * object made inside the application to it ("tenant control"): then every operation on it, on
   * Hazelcast's partition threads, first enters the application's context and a CDI request
   * context, which cost more than the map look-up itself (the login throttle reads three per API
   * call). Keys and values here are JDK types, so nothing needs the application's classes.
   */
  private static ConcurrentMap<?, ?> outsideApplication(HazelcastInstance m, String name) {
    AtomicReference<ConcurrentMap<?, ?>> made = new AtomicReference<>();
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    // No inherited thread-locals: Payara's current invocation is one of them.
    Thread maker =
        new Thread(
            null,
            () -> {
              try {
                made.set(m.getMap(name));
              } catch (RuntimeException e) {
                failed.set(e);
              }
            },
            "kkb-data-grid-" + name,
            0,
            false);
    maker.start();
    try {
      maker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while opening Data Grid map " + name, e);
    }
    if (failed.get() != null) {
      throw failed.get();
    }
    return made.get();
  }

  /** Sends a message to the listeners of {@code topic} on every instance, this one included. */
  public void publish(String topic, String message) {
    if (member.isPresent()) {
      member.get().<String>getTopic(topic).publish(message);
    } else {
      localTopics.getOrDefault(topic, new CopyOnWriteArrayList<>()).forEach(l -> l.accept(message));
    }
  }

  /**
   * Calls {@code listener} for every message on {@code topic}, from any instance. On the Data Grid
   * the listener runs on a Hazelcast thread: it must only touch plain memory.
   */
  public void subscribe(String topic, Consumer<String> listener) {
    if (member.isPresent()) {
      member
          .get()
          .<String>getTopic(topic)
          .addMessageListener(m -> listener.accept(m.getMessageObject()));
    } else {
      localTopics.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }
  }

  /** Whether this instance is part of a Data Grid (it may still be the only member). */
  public boolean shared() {
    return member.isPresent();
  }

  private static <K, V> ConcurrentMap<K, V> newLocal() {
    return new ConcurrentHashMap<>();
  }

  private static Optional<HazelcastInstance> lookup() {
    try {
      Object found = new InitialContext().lookup(JNDI_NAME);
      if (found instanceof HazelcastInstance instance
          && instance.getLifecycleService().isRunning()) {
        return Optional.of(instance);
      }
    } catch (NamingException | RuntimeException | LinkageError e) {
      // No Data Grid (switched off, e.g. Payara Micro --nocluster): one instance, memory is shared.
      LOG.log(Level.FINE, "no Data Grid", e);
    }
    return Optional.empty();
  }
}
