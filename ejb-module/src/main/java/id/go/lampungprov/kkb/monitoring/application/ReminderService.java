package id.go.lampungprov.kkb.monitoring.application;

import id.go.lampungprov.kkb.monitoring.domain.ReminderList;
import id.go.lampungprov.kkb.security.application.CurrentUser;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The caller's own reminders: what is due or late for them, in the app. */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ReminderService {

  @Inject private ReminderLists lists;
  @Inject private CurrentUser currentUser;

  @RolesAllowed(Role.Names.STAFF)
  public ReminderList forCaller() {
    return lists.of(currentUser.username(), currentUser.snapshot().role(), currentUser.scope());
  }
}
