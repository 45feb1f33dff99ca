package id.go.lampungprov.kkb.assessment.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator on the scoring or consolidation form: the instrument's text (kept, it does not
 * change while the page is open) and what the user typed, as typed, so a refused value stays.
 */
public class IndicatorRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String aspect;
  private final String title;
  private final int weight;
  private final ArrayList<String> rubric;
  private final String evidenceHint;
  private Long scoreId;
  private Integer savedLevel;
  private String level;
  private String note;
  private String reason;
  private ArrayList<String> levels = new ArrayList<>();
  private boolean differs;
  private String consolidated;

  public IndicatorRow(
      String code,
      String aspect,
      String title,
      int weight,
      List<String> rubric,
      String evidenceHint) {
    this.code = code;
    this.aspect = aspect;
    this.title = title;
    this.weight = weight;
    this.rubric = new ArrayList<>(rubric == null ? List.of() : rubric);
    this.evidenceHint = evidenceHint;
  }

  /** The typed level as 1–4, or null when it is empty or not a level of the rubric. */
  Integer parsedLevel() {
    try {
      int v = Integer.parseInt(level.strip());
      return v >= 1 && v <= rubric.size() ? v : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  boolean typed() {
    return level != null && !level.isBlank();
  }

  void saved(long id, int level, String note) {
    this.scoreId = id;
    this.savedLevel = level;
    this.level = String.valueOf(level);
    this.note = note;
  }

  public boolean isSaved() {
    return scoreId != null;
  }

  public String getCode() {
    return code;
  }

  public String getAspect() {
    return aspect;
  }

  public String getTitle() {
    return title;
  }

  public int getWeight() {
    return weight;
  }

  public List<String> getRubric() {
    return rubric;
  }

  public String getEvidenceHint() {
    return evidenceHint;
  }

  public Long getScoreId() {
    return scoreId;
  }

  public Integer getSavedLevel() {
    return savedLevel;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<String> getLevels() {
    return levels;
  }

  void levels(List<String> levels, boolean differs, String consolidated) {
    this.levels = new ArrayList<>(levels);
    this.differs = differs;
    this.consolidated = consolidated;
  }

  public boolean isDiffers() {
    return differs;
  }

  public String getConsolidated() {
    return consolidated;
  }
}
