package id.go.lampungprov.kkb.synthetic.application;

import java.util.Locale;

/** How many rows of each kind a load (or one chunk of it) wrote. */
public record SyntheticCounts(
    long kampungKb,
    long persons,
    long positions,
    long profiles,
    long monthlyFigures,
    long classifications,
    long events,
    long participants,
    long assessments,
    long scores,
    long designations) {

  public static final SyntheticCounts ZERO = new SyntheticCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public SyntheticCounts plus(SyntheticCounts o) {
    return new SyntheticCounts(
        kampungKb + o.kampungKb,
        persons + o.persons,
        positions + o.positions,
        profiles + o.profiles,
        monthlyFigures + o.monthlyFigures,
        classifications + o.classifications,
        events + o.events,
        participants + o.participants,
        assessments + o.assessments,
        scores + o.scores,
        designations + o.designations);
  }

  /** Every entity written (each also wrote one audit row, except classifications). */
  public long rows() {
    return kampungKb
        + persons
        + positions
        + profiles
        + monthlyFigures
        + classifications
        + events
        + participants
        + assessments
        + scores
        + designations;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%,d Kampung KB, %,d persons, %,d Pokja/cadre positions, %,d profiles, %,d monthly"
            + " figures, %,d classifications, %,d events, %,d participants, %,d assessments"
            + " (%,d scores, %,d COE designations)",
        kampungKb,
        persons,
        positions,
        profiles,
        monthlyFigures,
        classifications,
        events,
        participants,
        assessments,
        scores,
        designations);
  }
}
