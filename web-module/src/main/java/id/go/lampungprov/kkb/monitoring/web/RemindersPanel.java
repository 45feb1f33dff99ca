package id.go.lampungprov.kkb.monitoring.web;

import id.go.lampungprov.kkb.monitoring.facade.ReminderFacade;
import id.go.lampungprov.kkb.monitoring.facade.ReminderFacade.RemindersDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The Beranda's panel "Pengingat saya": what is due or late for the user. */
@Named("myReminders")
@RequestScoped
public class RemindersPanel {

  @Inject private ReminderFacade reminders;

  private RemindersDto list;

  public RemindersDto getList() {
    if (list == null) {
      list = reminders.mine();
    }
    return list;
  }
}
