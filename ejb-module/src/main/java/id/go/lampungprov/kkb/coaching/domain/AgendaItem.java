package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.Objects;

/** One item of the agenda: when, what, who speaks. */
@Embeddable
public class AgendaItem {

  @Column(name = "item_time", nullable = false)
  private LocalTime time;

  @Column(nullable = false, length = 300)
  private String topic;

  @Column(length = 200)
  private String speaker;

  protected AgendaItem() {
    // for JPA
  }

  public AgendaItem(LocalTime time, String topic, String speaker) {
    if (time == null) {
      throw new InvalidInputException("agenda.time", "required", "each agenda item needs a time");
    }
    String checkedTopic = Texts.oneTo("agenda.topic", topic, 300, "topic: 1 to 300 characters");
    if (speaker != null && speaker.strip().length() > 200) {
      throw new InvalidInputException("agenda.speaker", "max-length", "at most 200 characters");
    }
    this.time = time;
    this.topic = checkedTopic;
    this.speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
  }

  public LocalTime time() {
    return time;
  }

  public String topic() {
    return topic;
  }

  public String speaker() {
    return speaker;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgendaItem a
        && time.equals(a.time)
        && topic.equals(a.topic)
        && Objects.equals(speaker, a.speaker);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, topic, speaker);
  }

  @Override
  public String toString() {
    return time + " " + topic + (speaker == null ? "" : " (" + speaker + ")");
  }
}
