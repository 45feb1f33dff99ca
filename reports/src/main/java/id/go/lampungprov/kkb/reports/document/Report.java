package id.go.lampungprov.kkb.reports.document;

/** An official document's content, ready to render. */
public sealed interface Report
    permits AttendanceSheet,
        ActivityReport,
        AssessmentMinutes,
        KampungKbProfileReport,
        ProvinceRecap {}
