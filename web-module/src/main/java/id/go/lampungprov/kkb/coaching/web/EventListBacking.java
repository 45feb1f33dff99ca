package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventFacade;
import id.go.lampungprov.kkb.coaching.facade.ParticipantExport;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.web.ExportDownloads;
import id.go.lampungprov.kkb.platform.web.PageModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Kegiatan: the coaching events in the user's scope by year and status, a page at a time. */
@Named
@ViewScoped
public class EventListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EventFacade events;
  @Inject private ParticipantExport participantExport;
  @Inject private ExportDownloads downloads;

  private Integer year;
  private String status;
  private PageModel<EventDto, PageDto<EventDto>> model;

  @PostConstruct
  void init() {
    model =
        PageModel.paged(
            (page, size) ->
                events.search(
                    new EventFacade.Filter(
                        null,
                        null,
                        status,
                        null,
                        year == null ? null : year + "-01-01",
                        year == null ? null : year + "-12-31"),
                    page,
                    size),
            e -> String.valueOf(e.id()));
  }

  /** The filters of the buttons "XLSX" and "CSV": the events as filtered on the page. */
  public Map<String, String> getExportFilters() {
    return filters();
  }

  /** The participants of those events, with attendance (often long: a background job). */
  public String exportParticipants(String format) {
    return downloads.export(participantExport, filters(), format);
  }

  private Map<String, String> filters() {
    Map<String, String> filters = new HashMap<>();
    filters.put("status", status);
    if (year != null) {
      filters.put("from", year + "-01-01");
      filters.put("to", year + "-12-31");
    }
    return filters;
  }

  public List<Integer> getYears() {
    return IntStream.rangeClosed(2016, LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() + 1)
        .boxed()
        .sorted((a, b) -> b - a)
        .toList();
  }

  public PageModel<EventDto, PageDto<EventDto>> getModel() {
    return model;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
