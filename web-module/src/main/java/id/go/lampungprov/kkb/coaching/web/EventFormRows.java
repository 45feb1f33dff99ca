package id.go.lampungprov.kkb.coaching.web;

import java.io.Serializable;

/**
 * The participants of the event form (its agenda and officials are the facade's own DTOs, bound
 * field by field).
 */
public final class EventFormRows {

  private EventFormRows() {}

  /**
   * A participant on the form: already invited (participantId set) or to be invited on saving, from
   * the registry (personId set) or typed in by name.
   */
  public record ParticipantRow(
      Long participantId,
      Long personId,
      String fullName,
      String sex,
      String phone,
      String category,
      String affiliation)
      implements Serializable {

    ParticipantRow saved(long id) {
      return new ParticipantRow(id, personId, fullName, sex, phone, category, affiliation);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
