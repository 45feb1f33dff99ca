package id.go.lampungprov.kkb.reports.engine;

import id.go.lampungprov.kkb.reports.document.ActivityReport;
import id.go.lampungprov.kkb.reports.document.AssessmentMinutes;
import id.go.lampungprov.kkb.reports.document.AttendanceSheet;
import id.go.lampungprov.kkb.reports.document.EventFacts;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.KampungKbProfileReport;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.ProvinceRecap;
import id.go.lampungprov.kkb.reports.document.Report;
import id.go.lampungprov.kkb.reports.document.Signature;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.reports.format.IndonesianNumbers;
import id.go.lampungprov.kkb.reports.model.AttendanceRow;
import id.go.lampungprov.kkb.reports.model.InpresRow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The one mapping from the documents' records to the templates' parameters: the only place that
 * knows the parameter names. The prose comes from {@code texts.properties}; text typed by staff is
 * escaped where a template field takes styled markup.
 */
public final class TemplateParameters {

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("id.go.lampungprov.kkb.reports.engine.texts");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

  private TemplateParameters() {}

  /** The templates a document is rendered from, in order, with their parameters and rows. */
  public static List<ReportRenderer.Part> parts(Report report) {
    if (report instanceof AttendanceSheet a) {
      return List.of(attendance(a));
    }
    if (report instanceof ActivityReport a) {
      return ActivityReportParameters.parts(a);
    }
    if (report instanceof AssessmentMinutes m) {
      return List.of(minutes(m));
    }
    if (report instanceof KampungKbProfileReport p) {
      return List.of(profile(p));
    }
    return recap((ProvinceRecap) report);
  }

  static ReportRenderer.Part attendance(AttendanceSheet a) {
    Map<String, Object> p = issued(a.letterhead(), a.mark());
    EventFacts e = a.event();
    p.put("EVENT_TITLE", e.title());
    p.put("EVENT_DAY_DATE", IndonesianDates.dayAndDate(e.day()));
    p.put("EVENT_TIME", text("event.time", time(e.starts()), time(e.ends())));
    p.put("EVENT_VENUE", e.venue());
    p.put("MARKED", a.marked());
    if (a.marked()) {
      AttendanceSheet.Totals t = a.totals();
      p.put(
          "TOTALS",
          text(
              "attendance.totals",
              t.present(),
              t.invited(),
              t.presentMale(),
              t.presentFemale(),
              t.excused(),
              t.absent()));
    }
    List<AttendanceRow> rows =
        a.attendees().stream()
            .map(
                x ->
                    new AttendanceRow(
                        x.name(),
                        x.affiliation(),
                        text(x.male() ? "attendance.male" : "attendance.female"),
                        x.phone(),
                        a.marked() ? mark(x) : null))
            .toList();
    return new ReportRenderer.Part(ReportTemplate.DAFTAR_HADIR, p, rows);
  }

  private static String mark(AttendanceSheet.Attendee x) {
    return switch (x.attendance()) {
      case PRESENT ->
          x.checkedInAt() == null
              ? text("attendance.PRESENT")
              : text("attendance.PRESENT.at", time(x.checkedInAt()));
      case EXCUSED -> text("attendance.EXCUSED");
      case ABSENT -> text("attendance.ABSENT");
      case NOT_RECORDED -> null;
    };
  }

  private static ReportRenderer.Part minutes(AssessmentMinutes m) {
    Map<String, Object> p = issued(m.letterhead(), m.mark());
    p.put(
        "OPENING",
        text(
            "minutes.opening",
            IndonesianNumbers.dateInWords(m.day()),
            text(m.regencyStage() ? "minutes.stage.regency" : "minutes.stage.province"),
            escape(m.kampungKb()),
            escape(String.join(", ", m.place())),
            escape(m.period()),
            escape(m.instrument()),
            String.valueOf(m.revision())));
    StringBuilder result =
        new StringBuilder(
            text("minutes.total", decimal(m.total()), text("minutes.category." + m.category())));
    for (AssessmentMinutes.Agreement a : m.agreements()) {
      result.append(text("minutes.agreement", a.indicator(), a.level(), escape(a.reason())));
    }
    result.append(
        m.weakIndicators().isEmpty()
            ? text("minutes.recommendation.keep")
            : text(
                "minutes.recommendation.improve",
                m.weakIndicators().stream()
                    .map(TemplateParameters::escape)
                    .collect(Collectors.joining("; "))));
    p.put("RESULT", result.toString());
    p.put("CLOSING", text("minutes.closing"));
    StringBuilder team = new StringBuilder(text("minutes.team"));
    int n = 1;
    for (AssessmentMinutes.Assessor a : m.team()) {
      team.append(text(a.chair() ? "minutes.chair" : "minutes.member", n++, escape(a.name())));
    }
    p.put("SIGNATURES", team.toString());
    return new ReportRenderer.Part(ReportTemplate.BERITA_ACARA_PENILAIAN, p, m.scores());
  }

  private static ReportRenderer.Part profile(KampungKbProfileReport k) {
    Map<String, Object> p = issued(k.letterhead(), k.mark());
    sign(p, k.signature());
    p.put("SUBJECT", k.subject());
    return new ReportRenderer.Part(ReportTemplate.PROFIL_KAMPUNG_KB, p, k.rows());
  }

  private static List<ReportRenderer.Part> recap(ProvinceRecap r) {
    List<ReportRenderer.Part> parts = new ArrayList<>();
    int attachments = r.pages().size() - 1;
    for (int i = 0; i < r.pages().size(); i++) {
      ProvinceRecap.Page a = r.pages().get(i);
      Map<String, Object> p = issued(r.letterhead(), r.mark());
      if (i == 0) {
        sign(p, r.signature());
        p.put(
            "NOTE",
            text("recap.source")
                + (a.national() ? text("recap.national", a.rows().size() - 1) : "")
                + (r.sources() == null ? "" : " " + r.sources()));
      } else {
        p.put("NOTE", text("recap.attachment", i, attachments));
      }
      p.put("TITLE", a.title());
      p.put("SUBTITLE", text("recap.subtitle", IndonesianDates.longDate(a.asOf())));
      p.put("CHILD_LEVEL", a.lineLevel());
      p.put("YEAR", String.valueOf(a.year()));
      p.put("CHART_TITLE", text("recap.chart", a.areaName()));
      p.put("GROWTH", new RowDataSource(a.growth()));
      parts.add(new ReportRenderer.Part(ReportTemplate.REKAPITULASI_PROVINSI, p, a.rows()));
    }
    if (r.inpres() != null) {
      parts.add(inpres(r));
    }
    return parts;
  }

  private static ReportRenderer.Part inpres(ProvinceRecap r) {
    ProvinceRecap.Inpres annex = r.inpres();
    Map<String, Object> p = issued(r.letterhead(), r.mark());
    p.put("TITLE", text("inpres.title"));
    p.put("SUBTITLE", annex.subtitle());
    p.put("CHILD_LEVEL", annex.lineLevel());
    for (int i = 0; i < InpresRow.TARGETS; i++) {
      p.put("TARGET_" + (i + 1), i < annex.targets().size() ? annex.targets().get(i) : "");
    }
    p.put("LEGEND", annex.legend());
    p.put("NOTE", text("inpres.note"));
    return new ReportRenderer.Part(ReportTemplate.LAMPIRAN_INPRES, p, annex.rows());
  }

  /** Letterhead and, once issued, number, QR code and verification note. */
  static Map<String, Object> issued(Letterhead letterhead, IssueMark mark) {
    Map<String, Object> p = new HashMap<>();
    p.put("ISSUER_LINE_1", letterhead.line1());
    p.put("ISSUER_LINE_2", letterhead.line2());
    p.put("ISSUER_ADDRESS", letterhead.address());
    if (letterhead.logo() != null) {
      p.put("LOGO", letterhead.logo());
    }
    stamp(p, letterhead, mark);
    return p;
  }

  static void stamp(Map<String, Object> p, Letterhead letterhead, IssueMark mark) {
    if (mark == null) {
      return;
    }
    p.put("DOCUMENT_NUMBER", mark.number());
    p.put("VERIFY_QR", image(mark.qrPng()));
    p.put("VERIFY_TEXT", verifyText(mark));
  }

  /**
   * The footer beside the QR code: what signed the document, truthfully per kind of signature, and
   * where to check it.
   */
  static String verifyText(IssueMark mark) {
    return text(
        "verify." + mark.signing().name().toLowerCase(Locale.ROOT),
        mark.signer(),
        mark.verifyUrl());
  }

  static void sign(Map<String, Object> p, Signature s) {
    p.put("SIGN_PLACE_DATE", s.place() + ", " + IndonesianDates.longDate(s.date()));
    p.put("SIGN_POSITION", s.position());
    p.put("SIGN_NAME", s.name());
    p.put("SIGN_RANK", s.rank());
    p.put("SIGN_NIP", s.nip());
  }

  /** A text of {@code texts.properties}; numbers are printed as they are, without grouping. */
  static String text(String key, Object... values) {
    Object[] plain = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      plain[i] = values[i] instanceof Number ? values[i].toString() : values[i];
    }
    return new MessageFormat(TEXTS.getString(key), INDONESIAN).format(plain);
  }

  /** Text staff typed, for a field with styled markup: never taken for markup itself. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String paragraphs(String text) {
    return text == null || text.isBlank() ? "-" : escape(text);
  }

  static String time(LocalTime t) {
    return t.format(TIME);
  }

  /** Two decimals with a decimal comma, as Indonesian documents write them. */
  public static String decimal(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  private static BufferedImage image(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new IllegalStateException("the QR code is not a readable image");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
