package id.go.lampungprov.kkb.coaching.web;

import java.io.Serializable;

/** The editable lines of the event form: agenda, officials and participants. */
public final class EventFormRows {

  private EventFormRows() {}

  /** One line of the programme. */
  public static class AgendaRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String time;
    private String topic;
    private String speaker;

    public AgendaRow() {}

    public AgendaRow(String time, String topic, String speaker) {
      this.time = time;
      this.topic = topic;
      this.speaker = speaker;
    }

    public boolean isBlank() {
      return blank(time) && blank(topic) && blank(speaker);
    }

    public String getTime() {
      return time;
    }

    public void setTime(String time) {
      this.time = time;
    }

    public String getTopic() {
      return topic;
    }

    public void setTopic(String topic) {
      this.topic = topic;
    }

    public String getSpeaker() {
      return speaker;
    }

    public void setSpeaker(String speaker) {
      this.speaker = speaker;
    }
  }

  /** An official present; agency and NIP are kept as loaded, the form does not show them. */
  public static class OfficialRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String position;
    private String role = "GUEST";
    private String agency;
    private String nip;

    public OfficialRow() {}

    public OfficialRow(String name, String position, String role, String agency, String nip) {
      this.name = name;
      this.position = position;
      this.role = role;
      this.agency = agency;
      this.nip = nip;
    }

    public boolean isBlank() {
      return blank(name) && blank(position);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getPosition() {
      return position;
    }

    public void setPosition(String position) {
      this.position = position;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getAgency() {
      return agency;
    }

    public String getNip() {
      return nip;
    }
  }

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
