package id.go.lampungprov.kkb.reports.model;

/** One agenda line of an activity report. */
public final class AgendaRow {

  private final String time;
  private final String topic;
  private final String speaker;

  public AgendaRow(String time, String topic, String speaker) {
    this.time = time;
    this.topic = topic;
    this.speaker = speaker;
  }

  public String getTime() {
    return time;
  }

  public String getTopic() {
    return topic;
  }

  public String getSpeaker() {
    return speaker;
  }
}
