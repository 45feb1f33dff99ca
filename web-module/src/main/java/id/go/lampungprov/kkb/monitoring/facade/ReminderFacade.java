package id.go.lampungprov.kkb.monitoring.facade;

import id.go.lampungprov.kkb.monitoring.application.ReminderMailing;
import id.go.lampungprov.kkb.monitoring.application.ReminderService;
import id.go.lampungprov.kkb.monitoring.domain.Reminder;
import id.go.lampungprov.kkb.monitoring.domain.ReminderList;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reminders for the resources and the Beranda alike. */
@ApplicationScoped
public class ReminderFacade {

  /** Something due or late. */
  @Schema(name = "Reminder")
  public record ReminderDto(
      @Schema(description = "missing-report or awaiting-approval") String kind,
      String period,
      LocalDate dueDate,
      boolean overdue,
      @Schema(description = "the Kampung KB; for awaiting-approval the regency code") String name,
      @Schema(description = "the village code; for awaiting-approval the regency code")
          String code) {}

  /** The caller's reminders: the first ones of each month, and how many reports are missing. */
  @Schema(name = "Reminders")
  public record RemindersDto(List<ReminderDto> items, long missingTotal) {}

  /** What a send did. */
  @Schema(name = "ReminderRun")
  public record RunDto(
      @Schema(description = "false when KKB_SMTP_HOST is not set: nothing was sent")
          boolean configured,
      int sent,
      int skipped,
      int failed) {}

  @EJB private ReminderService reminders;
  @EJB private ReminderMailing mailing;

  public RemindersDto mine() {
    ReminderList list = reminders.forCaller();
    return new RemindersDto(
        list.items().stream().map(ReminderFacade::dto).toList(), list.missingTotal());
  }

  public RunDto sendNow() {
    ReminderMailing.Run run = mailing.sendNow();
    return new RunDto(run.configured(), run.sent(), run.skipped(), run.failed());
  }

  private static ReminderDto dto(Reminder r) {
    return new ReminderDto(
        r.kind().name().toLowerCase().replace('_', '-'),
        r.period().toString(),
        r.dueDate(),
        r.overdue(),
        r.name(),
        r.code());
  }
}
