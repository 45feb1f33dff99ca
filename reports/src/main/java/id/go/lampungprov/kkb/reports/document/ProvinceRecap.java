package id.go.lampungprov.kkb.reports.document;

import id.go.lampungprov.kkb.reports.model.GrowthRow;
import id.go.lampungprov.kkb.reports.model.RecapRow;
import java.time.LocalDate;
import java.util.List;

/**
 * The Rekapitulasi: the main recap, signed on its page, then one attachment per further recap.
 *
 * @param mark null for a draft
 */
public record ProvinceRecap(
    Letterhead letterhead, IssueMark mark, Signature signature, List<Page> pages)
    implements Report {

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
