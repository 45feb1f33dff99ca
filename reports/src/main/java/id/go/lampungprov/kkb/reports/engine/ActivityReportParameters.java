package id.go.lampungprov.kkb.reports.engine;

import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.attendance;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.escape;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.issued;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.paragraphs;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.sign;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.stamp;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.text;
import static id.go.lampungprov.kkb.reports.engine.TemplateParameters.time;

import id.go.lampungprov.kkb.reports.document.ActivityReport;
import id.go.lampungprov.kkb.reports.document.AttendanceSheet;
import id.go.lampungprov.kkb.reports.document.EventFacts;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Laporan Kegiatan's share of {@link TemplateParameters}: its sections and attachments. */
final class ActivityReportParameters {

  private ActivityReportParameters() {}

  static List<ReportRenderer.Part> parts(ActivityReport r) {
    Map<String, Object> p = issued(r.letterhead(), r.mark());
    EventFacts e = r.event();
    p.put("EVENT_TITLE", e.title());
    p.put("SECTION_INTRODUCTION", text("activity.introduction", escape(e.title())));
    p.put("SECTION_IMPLEMENTATION", implementation(r));
    p.put(
        "SECTION_RESULTS",
        text("activity.results")
            + paragraphs(r.outcome())
            + (r.minutes() == null ? "" : "\n" + paragraphs(r.minutes().discussion())));
    p.put(
        "SECTION_CONCLUSIONS",
        text("activity.conclusions")
            + (r.minutes() == null ? "-" : paragraphs(r.minutes().decisions())));
    p.put("SECTION_FOLLOW_UPS", text("activity.followUps") + followUps(r.followUps()));
    p.put("SECTION_CLOSING", text("activity.closing"));
    sign(p, r.signature());
    List<ReportRenderer.Part> parts = new ArrayList<>();
    parts.add(new ReportRenderer.Part(ReportTemplate.LAPORAN_KEGIATAN, p, r.agenda()));
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
