package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * What the officer writes for the Laporan Kegiatan beyond what the event records: the sections of
 * an official report that have no other source (background, purpose, scope, legal bases, obstacles
 * and how they were handled, conclusions, suggestions). Every part is optional; the report prints
 * its standard wording, or "-", for a part left empty. Legal bases are one per line.
 */
@Embeddable
public class ReportDraft {

  public static final int MAX_PARAGRAPHS = 2000;
  public static final int MAX_LONG = 4000;

  @Column(name = "report_background", length = MAX_PARAGRAPHS)
  private String background;

  @Column(name = "report_purpose", length = MAX_PARAGRAPHS)
  private String purpose;

  @Column(name = "report_scope", length = MAX_PARAGRAPHS)
  private String scope;

  @Column(name = "report_legal_bases", length = MAX_LONG)
  private String legalBases;

  @Column(name = "report_obstacles", length = MAX_LONG)
  private String obstacles;

  @Column(name = "report_obstacle_handling", length = MAX_LONG)
  private String obstacleHandling;

  @Column(name = "report_conclusions", length = MAX_LONG)
  private String conclusions;

  @Column(name = "report_suggestions", length = MAX_LONG)
  private String suggestions;

  protected ReportDraft() {
    // for JPA
  }

  public ReportDraft(
      String background,
      String purpose,
      String scope,
      String legalBases,
      String obstacles,
      String obstacleHandling,
      String conclusions,
      String suggestions) {
    this.background = Texts.optional("background", background, MAX_PARAGRAPHS);
    this.purpose = Texts.optional("purpose", purpose, MAX_PARAGRAPHS);
    this.scope = Texts.optional("scope", scope, MAX_PARAGRAPHS);
    this.legalBases = Texts.optional("legalBases", legalBases, MAX_LONG);
    this.obstacles = Texts.optional("obstacles", obstacles, MAX_LONG);
    this.obstacleHandling = Texts.optional("obstacleHandling", obstacleHandling, MAX_LONG);
    this.conclusions = Texts.optional("conclusions", conclusions, MAX_LONG);
    this.suggestions = Texts.optional("suggestions", suggestions, MAX_LONG);
  }

  public String background() {
    return background;
  }

  public String purpose() {
    return purpose;
  }

  public String scope() {
    return scope;
  }

  /** The legal bases as written, one per line; null when the standard list applies. */
  public String legalBases() {
    return legalBases;
  }

  /** The legal bases one per line, without blank lines or list numbers typed in front. */
  public List<String> legalBasisList() {
    if (legalBases == null) {
      return List.of();
    }
    return Arrays.stream(legalBases.split("\\R"))
        .map(l -> l.strip().replaceFirst("^\\d+[.)]\\s*", "").strip())
        .filter(l -> !l.isEmpty())
        .toList();
  }

  public String obstacles() {
    return obstacles;
  }

  public String obstacleHandling() {
    return obstacleHandling;
  }

  public String conclusions() {
    return conclusions;
  }

  public String suggestions() {
    return suggestions;
  }

  @Override
  public String toString() {
    return "legalBases="
        + legalBases
        + ", obstacles="
        + obstacles
        + ", conclusions="
        + conclusions
        + ", suggestions="
        + suggestions;
  }
}
