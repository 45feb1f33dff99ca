package id.go.lampungprov.kkb.reports.document;

import java.time.LocalDate;
import java.time.LocalTime;

/** When and where an event took place, as its documents head it. */
public record EventFacts(
    String title, LocalDate day, LocalTime starts, LocalTime ends, String venue) {}
