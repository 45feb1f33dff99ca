package id.go.lampungprov.kkb.monitoring.domain;

import java.util.List;

/**
 * A user's reminders: the first of them, and how many Kampung KB are missing in all (a regency's
 * list can run to hundreds; a mail names the first ones and counts the rest).
 */
public record ReminderList(List<Reminder> items, long missingTotal) {

  public ReminderList {
    items = List.copyOf(items);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}
