package id.go.lampungprov.kkb.platform.secrets;

/**
 * Something a context must be able to load before the application serves anyone, such as its keys:
 * checked once at deployment by {@link StartupChecks}, so a malformed key stops the start with its
 * reason instead of failing the first request that needs it.
 */
public interface StartupCheck {

  /**
   * @throws RuntimeException naming what is wrong; the deployment fails with it
   */
  void check();
}
