package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The events of the user's scope on a month calendar. The calendar asks for the range it shows (a
 * month and the days around it) and only those events are read; {@code ?bulan=2020-06} opens a
 * given month.
 */
@Named
@ViewScoped
public class EventCalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Pages of the largest size read for one visible range: more would not fit a month anyway. */
  private static final int MAX_PAGES = 5;

  @Inject private EventFacade events;

  private String month;
  private LazyScheduleModel model;

  @PostConstruct
  void init() {
    model =
        new LazyScheduleModel() {
          private static final long serialVersionUID = 1L;

          @Override
          public void loadEvents(LocalDateTime start, LocalDateTime end) {
            load(this, start.toLocalDate(), end.toLocalDate());
          }
        };
  }

  private void load(ScheduleModel into, LocalDate from, LocalDate to) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    for (int page = 0; page < MAX_PAGES; page++) {
      PageDto<EventDto> found =
          events.search(
              new EventFacade.Filter(null, null, null, null, from.toString(), to.toString()),
              page,
              200);
      for (EventDto e : found.content()) {
        into.addEvent(
            DefaultScheduleEvent.builder()
                .id(String.valueOf(e.id()))
                .title(e.title())
                .startDate(e.startsAt())
                .endDate(e.endsAt())
                .description(e.venue())
                .url(context + "/kegiatan/detail.xhtml?id=" + e.id())
                .styleClass("event-" + e.status().toLowerCase())
                .build());
      }
      if ((long) (page + 1) * 200 >= found.totalElements()) {
        return;
      }
    }
  }

  /** The first day of the month asked for, else of this month. */
  public LocalDate getInitialDate() {
    try {
      if (month != null && !month.isBlank()) {
        return YearMonth.parse(month.strip()).atDay(1);
      }
    } catch (DateTimeParseException e) {
      // a mistyped month shows this month
    }
    return YearMonth.now(ZoneId.of("Asia/Jakarta")).atDay(1);
  }

  public ScheduleModel getModel() {
    return model;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
