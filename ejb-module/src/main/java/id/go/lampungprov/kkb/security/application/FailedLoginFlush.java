package id.go.lampungprov.kkb.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Writes the totals of failed-login windows once they went quiet (see FailedLoginDigest). */
@Singleton
@PermitAll
public class FailedLoginFlush {

  @Inject private LoginProtection protection;

  @Schedule(minute = "*", hour = "*", persistent = false)
  public void flush() {
    protection.flushQuietWindows();
  }
}
