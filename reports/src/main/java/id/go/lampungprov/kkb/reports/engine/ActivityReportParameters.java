package id.go.lampungprov.kkb.reports.engine;

import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.attendance;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.escape;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.issued;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.paragraphs;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.sign;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.stamp;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.text;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.time;
import static java.util.stream.Collectors.joining;

import id.go.lampungprov.kkb.reports.document.ActivityReport;
import id.go.lampungprov.kkb.reports.document.AttendanceSheet;
import id.go.lampungprov.kkb.reports.document.EventFacts;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.reports.model.AgendaRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Laporan Kegiatan's share of {@link TemplateParameters}: its sections, in the order of an
 * official report, and attachments. Each sub-section is one parameter, heading and text together,
 * printed in a band of its own that moves whole to the next page when it does not fit
 * (laporan-kegiatan.jrxml), so a heading never ends a page apart from its text; only a sub-section
 * longer than a page is split.
 */
final class ActivityReportParameters {

  private ActivityReportParameters() {}

  static List<ReportRenderer.Part> parts(ActivityReport r) {
    Map<String, Object> p = issued(r.letterhead(), r.mark());
    EventFacts e = r.event();
    ActivityReport.Draft d = r.draft() == null ? ActivityReport.Draft.EMPTY : r.draft();
    p.put("EVENT_TITLE", e.title());
    p.put(
        "SECTION_GENERAL",
        text("activity.general")
            + or(d.background(), text("activity.general.default", escape(e.title()))));
    p.put(
        "SECTION_PURPOSE",
        text("activity.purpose") + or(d.purpose(), text("activity.purpose.default")));
    p.put("SECTION_SCOPE", text("activity.scope") + or(d.scope(), defaultScope(r)));
    p.put("SECTION_BASES", text("activity.bases") + bases(r, d));
    p.put("SECTION_IMPLEMENTATION", implementation(r));
    p.put(
        "SECTION_PROCEEDINGS",
        text("activity.proceedings")
            + paragraphs(r.minutes() == null ? null : r.minutes().discussion()));
    p.put("SECTION_RESULTS", text("activity.results") + paragraphs(r.outcome()));
    p.put("SECTION_OBSTACLES", text("activity.obstacles") + paragraphs(d.obstacles()));
    p.put("SECTION_HANDLING", text("activity.handling") + paragraphs(d.obstacleHandling()));
    p.put("SECTION_FOLLOW_UPS", text("activity.followUps") + followUps(r.followUps()));
    p.put(
        "SECTION_CONCLUSIONS",
        text("activity.conclusions")
            + paragraphs(
                d.conclusions() != null || r.minutes() == null
                    ? d.conclusions()
                    : r.minutes().decisions()));
    p.put("SECTION_SUGGESTIONS", text("activity.suggestions") + paragraphs(d.suggestions()));
    p.put("SECTION_CLOSING", text("activity.closing"));
    sign(p, r.signature());
    List<ReportRenderer.Part> parts = new ArrayList<>();
    parts.add(new ReportRenderer.Part(ReportTemplate.LAPORAN_KEGIATAN, p, agenda(r)));
    parts.add(attendance(r.attendance()));
    if (!r.photos().isEmpty()) {
      Map<String, Object> photos = new HashMap<>();
      stamp(photos, r.letterhead(), r.mark());
      photos.put("ATTACHMENT_TITLE", text("activity.photos.title"));
      photos.put("EVENT_TITLE", e.title());
      parts.add(new ReportRenderer.Part(ReportTemplate.LAMPIRAN_FOTO, photos, r.photos()));
    }
    return parts;
  }

  /** The typed text, escaped; else the standard wording (already markup). */
  private static String or(String typed, String standard) {
    return typed == null || typed.isBlank() ? standard : escape(typed);
  }

  /**
   * The sections around the agenda are printed in the bands before and after its rows, which a
   * report without rows would leave out: an empty agenda prints as one row saying so.
   */
  private static List<AgendaRow> agenda(ActivityReport r) {
    return r.agenda().isEmpty() ? List.of(new AgendaRow("-", "-", null)) : r.agenda();
  }

  private static String defaultScope(ActivityReport r) {
    EventFacts e = r.event();
    return text(
        "activity.scope.default",
        escape(e.title()),
        IndonesianDates.longDate(e.day()),
        escape(e.venue()),
        r.targets().isEmpty()
            ? "-"
            : r.targets().stream().map(TemplateParameters::escape).collect(joining(", ")));
  }

  private static String bases(ActivityReport r, ActivityReport.Draft d) {
    List<String> bases =
        d.legalBases().isEmpty()
            ? ActivityReport.defaultLegalBases(r.event().day(), r.budgetSource())
            : d.legalBases();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      lines.add(
          text(
              i == bases.size() - 1 ? "activity.basis.last" : "activity.basis",
              i + 1,
              escape(bases.get(i).strip().replaceFirst("[;.,]+$", ""))));
    }
    return String.join("\n", lines);
  }

  private static String implementation(ActivityReport r) {
    EventFacts e = r.event();
    String organisers =
        escape(r.organisers().get(0))
            + r.organisers().stream()
                .skip(1)
                .map(o -> text("activity.organiser.with", escape(o)))
                .collect(Collectors.joining());
    StringBuilder s =
        new StringBuilder(
            text(
                "activity.implementation",
                IndonesianDates.dayAndDate(e.day()),
                text("event.time", time(e.starts()), time(e.ends())),
                escape(e.venue()),
                organisers));
    if (!r.officials().isEmpty()) {
      s.append(text("activity.officials"));
      int i = 1;
      for (ActivityReport.Official o : r.officials()) {
        s.append(
            o.name().equals(o.position())
                ? text("activity.official", i++, escape(o.name()))
                : text("activity.official.position", i++, escape(o.name()), escape(o.position())));
      }
    }
    AttendanceSheet.Totals t = r.totals();
    s.append(
        text(
            "activity.participants", t.present(), t.invited(), t.presentMale(), t.presentFemale()));
    for (ActivityReport.Count c : r.categories()) {
      s.append(text("activity.category", text("activity.category." + c.category()), c.count()));
    }
    if (r.healthProtocol() != null) {
      s.append(text("activity.healthProtocol", escape(r.healthProtocol())));
    }
    return s.toString();
  }

  private static String followUps(List<ActivityReport.FollowUp> followUps) {
    if (followUps.isEmpty()) {
      return "-";
    }
    List<String> lines = new ArrayList<>();
    for (ActivityReport.FollowUp f : followUps) {
      lines.add(
          text(
              "activity.followUp",
              lines.size() + 1,
              escape(f.action()),
              escape(f.owner()),
              IndonesianDates.longDate(f.due())));
    }
    return String.join("\n", lines);
  }
}
