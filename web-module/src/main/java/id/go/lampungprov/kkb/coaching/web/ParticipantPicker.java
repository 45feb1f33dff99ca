package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.facade.CandidateFacade;
import id.go.lampungprov.kkb.coaching.facade.CandidateFacade.Candidate;
import id.go.lampungprov.kkb.coaching.web.EventFormRows.ParticipantRow;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The participant part of the event form: a search over the Pokja and cadres of the target Kampung
 * KB, results added one by one or all at once, and people typed in by name. Nothing is invited
 * before the event is saved, so the quota is checked here first and again by the server.
 */
public class ParticipantPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ParticipantRow> rows = new ArrayList<>();
  private final List<Long> withdrawn = new ArrayList<>();
  private List<Candidate> results = List.of();
  private String query;
  private boolean searched;
  private String newName;
  private String newSex;
  private String newPhone;
  private String newCategory = "OTHER";
  private String newAffiliation;

  void load(List<ParticipantRow> invited) {
    rows.clear();
    rows.addAll(invited);
  }

  void search(CandidateFacade candidates, List<Long> targets) {
    List<Long> taken = rows.stream().map(ParticipantRow::personId).toList();
    results =
        candidates.candidates(targets, query).stream()
            .filter(c -> !taken.contains(c.personId()))
            .toList();
    searched = true;
  }

  /** How many more the quota takes, or -1 when no quota is typed yet. */
  int room(Integer quota) {
    return quota == null ? -1 : Math.max(0, quota - rows.size());
  }

  void add(List<Candidate> chosen) {
    for (Candidate c : chosen) {
      rows.add(
          new ParticipantRow(
              null, c.personId(), c.fullName(), c.sex(), null, c.category(), c.affiliation()));
    }
    List<Long> added = chosen.stream().map(Candidate::personId).toList();
    results = results.stream().filter(c -> !added.contains(c.personId())).toList();
  }

  void addNew() {
    rows.add(
        new ParticipantRow(
            null,
            null,
            newName.strip(),
            newSex,
            EventFormRows.blank(newPhone) ? null : newPhone.strip(),
            newCategory,
            EventFormRows.blank(newAffiliation) ? null : newAffiliation.strip()));
    newName = null;
    newSex = null;
    newPhone = null;
    newAffiliation = null;
  }

  public void remove(ParticipantRow row) {
    rows.remove(row);
    if (row.participantId() != null) {
      withdrawn.add(row.participantId());
    }
  }

  void saved(ParticipantRow row, long participantId) {
    rows.set(rows.indexOf(row), row.saved(participantId));
  }

  List<ParticipantRow> unsaved() {
    return rows.stream().filter(r -> r.participantId() == null).toList();
  }

  List<Long> withdrawn() {
    return withdrawn;
  }

  void withdrawalSaved(Long participantId) {
    withdrawn.remove(participantId);
  }

  public List<ParticipantRow> getRows() {
    return rows;
  }

  public List<Candidate> getResults() {
    return results;
  }

  public boolean isSearched() {
    return searched;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewSex() {
    return newSex;
  }

  public void setNewSex(String newSex) {
    this.newSex = newSex;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public String getNewCategory() {
    return newCategory;
  }

  public void setNewCategory(String newCategory) {
    this.newCategory = newCategory;
  }

  public String getNewAffiliation() {
    return newAffiliation;
  }

  public void setNewAffiliation(String newAffiliation) {
    this.newAffiliation = newAffiliation;
  }
}
