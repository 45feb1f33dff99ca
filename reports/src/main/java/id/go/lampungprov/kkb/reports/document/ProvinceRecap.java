package id.go.lampungprov.kkb.reports.document;

import id.go.lampungprov.kkb.reports.model.GrowthRow;
import id.go.lampungprov.kkb.reports.model.InpresRow;
import id.go.lampungprov.kkb.reports.model.RecapRow;
import java.time.LocalDate;
import java.util.List;

/**
 * The Rekapitulasi: the main recap, signed on its page, then one attachment per further recap, then
 * the annex of interventions per Inpres 3/2022 target.
 *
 * @param mark null for a draft
 * @param inpres null for none
 * @param sources what the figures rest on (e.g. which months of figures, whether approved), printed
 *     under the main recap's table; null for nothing more than the usual source line
 */
public record ProvinceRecap(
    Letterhead letterhead,
    IssueMark mark,
    Signature signature,
    List<Page> pages,
    Inpres inpres,
    String sources)
    implements Report {

  /** The recap without the Inpres annex. */
  public ProvinceRecap(
      Letterhead letterhead, IssueMark mark, Signature signature, List<Page> pages) {
    this(letterhead, mark, signature, pages, null, null);
  }

  /**
   * The annex "Intervensi menurut sasaran Inpres 3/2022": a line per area of the main recap.
   *
   * @param targets the four targets' codes, e.g. "S1"
   * @param legend the targets' codes and names, one per line
   */
  public record Inpres(
      String subtitle,
      String lineLevel,
      List<String> targets,
      String legend,
      List<InpresRow> rows) {}

  /**
   * One recap of an area.
   *
   * @param lineLevel what the lines are, e.g. "Kabupaten/Kota"
   * @param national the whole country, one line per province loaded
   */
  public record Page(
      String title,
      LocalDate asOf,
      String lineLevel,
      int year,
      String areaName,
      boolean national,
      List<GrowthRow> growth,
      List<RecapRow> rows) {}
}
