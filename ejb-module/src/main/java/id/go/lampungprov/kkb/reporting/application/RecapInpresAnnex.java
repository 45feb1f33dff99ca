package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.monitoring.domain.InpresRecap;
import id.go.lampungprov.kkb.reports.document.ProvinceRecap;
import id.go.lampungprov.kkb.reports.engine.TemplateParameters;
import id.go.lampungprov.kkb.reports.model.InpresRow;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The annex "Intervensi menurut sasaran Inpres 3/2022" of the recap: a line per area of the main
 * recap (the same regencies, or districts), a column pair per target. The Instruction has four
 * targets; a revised catalogue with more would need a wider template, so only the first four get
 * columns while the legend and the total still cover every target.
 */
final class RecapInpresAnnex {

  private RecapInpresAnnex() {}

  static ProvinceRecap.Inpres of(InpresRecap recap, String lineLevel, NumberFormat integer) {
    List<InpresRecap.Row> targets = recap.targets();
    List<InpresRecap.Row> shown = targets.subList(0, Math.min(InpresRow.TARGETS, targets.size()));
    List<InpresRow> rows = new ArrayList<>();
    for (int i = 0; i < recap.areas().size(); i++) {
      int area = i;
      rows.add(
          row(
              String.valueOf(i + 1),
              TemplateParameters.escape(recap.areas().get(i).name()),
              shown.stream().map(t -> t.cells().get(area)).toList(),
              recap.total().cells().get(i),
              integer,
              false));
    }
    rows.add(
        row(
            "",
            "<b>Jumlah</b>",
            shown.stream().map(InpresRecap.Row::total).toList(),
            recap.total().total(),
            integer,
            true));
    StringBuilder legend = new StringBuilder();
    for (InpresRecap.Row t : targets) {
      legend.append(legend.isEmpty() ? "" : "\n").append(t.code()).append(": ").append(t.name());
    }
    return new ProvinceRecap.Inpres(
        recap.areaName() + ", tahun " + recap.year() + " · " + recap.catalogueTitle(),
        lineLevel,
        shown.stream().map(InpresRecap.Row::code).toList(),
        legend.toString(),
        rows);
  }

  private static InpresRow row(
      String number,
      String name,
      List<InpresRecap.Cell> cells,
      InpresRecap.Cell all,
      NumberFormat integer,
      boolean bold) {
    String[] figures = new String[2 * (InpresRow.TARGETS + 1)];
    for (int t = 0; t < InpresRow.TARGETS; t++) {
      InpresRecap.Cell c = t < cells.size() ? cells.get(t) : null;
      figures[2 * t] = c == null ? "" : text(integer.format(c.interventions()), bold);
      figures[2 * t + 1] = c == null ? "" : text(integer.format(c.kampungKb()), bold);
    }
    figures[8] = text(integer.format(all.interventions()), bold);
    figures[9] = text(integer.format(all.kampungKb()), bold);
    return new InpresRow(number, name, figures);
  }

  private static String text(String figure, boolean bold) {
    return bold ? "<b>" + figure + "</b>" : figure;
  }
}
