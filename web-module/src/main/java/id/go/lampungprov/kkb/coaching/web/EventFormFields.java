package id.go.lampungprov.kkb.coaching.web;

import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventRequest;
import id.go.lampungprov.kkb.region.web.RegionCascade;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.AgencyDto;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
import id.go.lampungprov.kkb.registration.facade.KampungKbDto;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of the event form and their choices: the venue's village picked regency → district →
 * village within the user's scope, and the target Kampung KB of that district.
 */
public abstract class EventFormFields implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountFacade accounts;
  @Inject private KampungKbFacade registry;
  @Inject private InterventionFacade agencies;

  private RegionCascade region;
  private String type = "COE_COACHING";
  private String title;
  private Long leadAgencyId;
  private List<String> coOrganiserIds = new ArrayList<>();
  private LocalDate date;
  private String startsAt;
  private String endsAt;
  private String venue;
  private List<String> targetKampungKbIds = new ArrayList<>();
  private String budgetSource;
  private Integer quota;
  private String healthProtocol;
  private transient List<KampungKbDto> kampungKbs;
  private transient String kampungKbsOf;

  boolean isLoaded() {
    return region != null;
  }

  void loadScope() {
    region = new RegionCascade(accounts.me().scope());
  }

  void fill(EventDto e) {
    type = e.type();
    title = e.title();
    leadAgencyId = e.leadAgency() == null ? null : e.leadAgency().id();
    coOrganiserIds =
        new ArrayList<>(e.coOrganisers().stream().map(a -> String.valueOf(a.id())).toList());
    date = e.startsAt().toLocalDate();
    startsAt = e.startsAt().toLocalTime().toString();
    endsAt = e.endsAt().toLocalTime().toString();
    venue = e.venue();
    region.startAt(e.venueVillage());
    targetKampungKbIds =
        new ArrayList<>(e.targetKampungKbIds().stream().map(String::valueOf).toList());
    budgetSource = e.budgetSource();
    quota = e.quota();
    healthProtocol = e.healthProtocol();
  }

  EventRequest request() {
    EventRequest r = new EventRequest();
    r.type = type;
    r.title = title;
    r.leadAgencyId = leadAgencyId;
    r.coOrganiserIds = coOrganiserIds.stream().map(Long::valueOf).toList();
    // Without a date the times are checked on their own; the date's absence has its own message.
    r.startsAt = date == null || startsAt == null ? startsAt : date + "T" + time(startsAt);
    r.endsAt = date == null || endsAt == null ? endsAt : date + "T" + time(endsAt);
    r.venue = venue;
    r.venueVillage = region.getVillage();
    r.targetKampungKbIds = targetKampungKbIds.isEmpty() ? null : targetIds();
    r.budgetSource = budgetSource;
    r.quota = quota;
    r.healthProtocol = healthProtocol;
    return r;
  }

  private static String time(String typed) {
    return EventFormChecks.normalize(typed);
  }

  List<Long> targetIds() {
    return targetKampungKbIds.stream().map(Long::valueOf).toList();
  }

  /** The venue's village, picked regency → district → village within the user's scope. */
  public RegionCascade getRegion() {
    return region;
  }

  /** The active Kampung KB of the district picked: the events' possible targets. */
  public List<KampungKbDto> getKampungKbs() {
    String district = region.getDistrict();
    if (district == null || district.isBlank()) {
      return List.of();
    }
    if (kampungKbs == null || !district.equals(kampungKbsOf)) {
      kampungKbs =
          registry
              .search(
                  new KampungKbFacade.Filter(district, null, "ACTIVE", null, null, null), 0, 100)
              .content();
      kampungKbsOf = district;
    }
    return kampungKbs;
  }

  public List<AgencyDto> getAgencies() {
    return agencies.agencies(false);
  }

  public void regencyChanged() {
    region.regencyChanged();
  }

  public void districtChanged() {
    region.districtChanged();
    targetKampungKbIds = new ArrayList<>();
  }

  /** The Kampung KB of the venue's village is the usual target: ticked for the user. */
  public void villageChanged() {
    for (KampungKbDto k : getKampungKbs()) {
      String kkb = String.valueOf(k.id());
      if (k.villageCode().equals(region.getVillage()) && !targetKampungKbIds.contains(kkb)) {
        targetKampungKbIds.add(kkb);
      }
    }
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getLeadAgencyId() {
    return leadAgencyId;
  }

  public void setLeadAgencyId(Long leadAgencyId) {
    this.leadAgencyId = leadAgencyId;
  }

  public List<String> getCoOrganiserIds() {
    return coOrganiserIds;
  }

  public void setCoOrganiserIds(List<String> coOrganiserIds) {
    this.coOrganiserIds = coOrganiserIds == null ? new ArrayList<>() : coOrganiserIds;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(String startsAt) {
    this.startsAt = startsAt;
  }

  public String getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(String endsAt) {
    this.endsAt = endsAt;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public List<String> getTargetKampungKbIds() {
    return targetKampungKbIds;
  }

  public void setTargetKampungKbIds(List<String> targetKampungKbIds) {
    this.targetKampungKbIds = targetKampungKbIds == null ? new ArrayList<>() : targetKampungKbIds;
  }

  public String getBudgetSource() {
    return budgetSource;
  }

  public void setBudgetSource(String budgetSource) {
    this.budgetSource = budgetSource;
  }

  public Integer getQuota() {
    return quota;
  }

  public void setQuota(Integer quota) {
    this.quota = quota;
  }

  public String getHealthProtocol() {
    return healthProtocol;
  }

  public void setHealthProtocol(String healthProtocol) {
    this.healthProtocol = healthProtocol;
  }
}
