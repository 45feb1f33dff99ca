package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The places of a coaching event: its quota and how many participants are invited, never more than
 * the quota. Counted on the event row, so that two concurrent invitations cannot both take the last
 * place (the event's version guards the count).
 */
@Embeddable
public class EventCapacity {

  @Column(nullable = false)
  private int quota;

  @Column(name = "participant_count", nullable = false)
  private int participantCount;

  protected EventCapacity() {
    // for JPA
  }

  static EventCapacity of(int quota) {
    EventCapacity c = new EventCapacity();
    c.quota = quota;
    return c;
  }

  public int quota() {
    return quota;
  }

  public int participantCount() {
    return participantCount;
  }

  /** A new quota, as long as everyone invited keeps their place. */
  void resize(int newQuota) {
    if (newQuota < participantCount) {
      throw new ConflictException(
          "quota",
          "quota",
          participantCount + " participants are invited; the quota cannot be lower");
    }
    quota = newQuota;
  }

  /** Takes one place for a new participant. */
  void take() {
    if (participantCount >= quota) {
      throw new ConflictException(
          "participants", "quota", "the quota of " + quota + " participants is reached");
    }
    participantCount++;
  }

  void release() {
    participantCount--;
  }
}
