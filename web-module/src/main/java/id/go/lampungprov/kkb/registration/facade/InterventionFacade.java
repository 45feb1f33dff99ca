package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.AgencyService;
import id.go.lampungprov.kkb.registration.application.InterventionService;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyLevel;
import id.go.lampungprov.kkb.registration.domain.FamilyFunction;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.InterventionPhoto;
import id.go.lampungprov.kkb.registration.domain.InterventionSearch;
import id.go.lampungprov.kkb.registration.domain.PhotoStage;
import id.go.lampungprov.kkb.registration.domain.TargetGroup;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.AgencyDto;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.InterventionDto;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.InterventionRequest;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.PhotoDto;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Interventions and agencies as DTOs; turns request text into domain values. */
@ApplicationScoped
public class InterventionFacade {

  @EJB private InterventionService interventions;
  @EJB private AgencyService agencies;

  /** The list filters as they arrive in the query string. */
  public record Filter(
      String region,
      Long kampungKbId,
      String agency,
      String familyFunction,
      String from,
      String to) {}

  public InterventionDto register(InterventionRequest r) {
    return dto(interventions.register(r.kampungKbId, details(r)));
  }

  public InterventionDto update(long id, Long expectedVersion, InterventionRequest r) {
    return dto(interventions.update(id, expectedVersion, details(r)));
  }

  public InterventionDto get(long id) {
    return dto(interventions.get(id));
  }

  public PageDto<InterventionDto> search(Filter f, Integer page, Integer size) {
    Page<Intervention> found =
        interventions.search(
            new InterventionSearch(
                Filters.given(f.region()).map(v -> RegionCode.parse("region", v)),
                Optional.ofNullable(f.kampungKbId()),
                Filters.given(f.agency()),
                Filters.given(f.familyFunction())
                    .map(v -> KampungKbFacade.parseEnum(FamilyFunction.class, "familyFunction", v)),
                Filters.given(f.from()).map(v -> KampungKbFacade.date("from", v)),
                Filters.given(f.to()).map(v -> KampungKbFacade.date("to", v)),
                PageRequest.of(page, size)));
    return PageDto.of(found, InterventionFacade::dto);
  }

  public PhotoDto addPhoto(long id, String stage, String caption, byte[] data, String type) {
    PhotoStage parsed =
        stage == null ? null : KampungKbFacade.parseEnum(PhotoStage.class, "stage", stage);
    return photo(interventions.addPhoto(id, parsed, caption, data, type));
  }

  public InterventionService.PhotoContent photoContent(long id, long photoId) {
    return interventions.photoContent(id, photoId);
  }

  public PhotoDto publishPhoto(long id, long photoId, boolean shown) {
    return photo(interventions.publishPhoto(id, photoId, shown));
  }

  public void removePhoto(long id, long photoId) {
    interventions.removePhoto(id, photoId);
  }

  public List<AgencyDto> agencies(boolean includeRetired) {
    return agencies.list(includeRetired).stream().map(InterventionFacade::agencyDto).toList();
  }

  public AgencyDto agency(long id) {
    return agencyDto(agencies.get(id));
  }

  public AgencyDto addAgency(InterventionDtos.AgencyRequest r) {
    return agencyDto(
        agencies.add(
            r.code, r.name, KampungKbFacade.parseEnum(AgencyLevel.class, "level", r.level)));
  }

  public AgencyDto updateAgency(long id, Long expectedVersion, InterventionDtos.AgencyRequest r) {
    return agencyDto(
        agencies.update(
            id,
            expectedVersion,
            r.name,
            KampungKbFacade.parseEnum(AgencyLevel.class, "level", r.level),
            r.active == null || r.active));
  }

  private static InterventionService.Data details(InterventionRequest r) {
    Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
    if (r.targetGroups != null) {
      r.targetGroups.forEach(
          g -> groups.add(KampungKbFacade.parseEnum(TargetGroup.class, "targetGroups", g)));
    }
    return new InterventionService.Data(
        KampungKbFacade.date("date", r.date),
        r.title,
        r.agencyId,
        KampungKbFacade.parseEnum(FamilyFunction.class, "familyFunction", r.familyFunction),
        groups,
        r.description,
        r.outcome);
  }

  public static AgencyDto agencyDto(Agency a) {
    return new AgencyDto(a.id(), a.code(), a.name(), a.level().name(), a.active(), a.version());
  }

  static PhotoDto photo(InterventionPhoto p) {
    return new PhotoDto(
        p.id(),
        p.stage().name(),
        p.file().type().mediaType(),
        p.file().size(),
        p.file().width(),
        p.file().height(),
        p.file().sha256(),
        p.caption(),
        p.file().createdAt(),
        p.publicPhoto());
  }

  private static InterventionDto dto(Intervention i) {
    return new InterventionDto(
        i.id(),
        i.kampungKb().id(),
        i.kampungKb().name(),
        i.kampungKb().village().value(),
        i.date(),
        i.title(),
        agencyDto(i.agency()),
        i.familyFunction().name(),
        i.targetGroups().stream().map(Enum::name).toList(),
        i.description(),
        i.outcome(),
        i.photos().stream().map(InterventionFacade::photo).toList(),
        i.version());
  }
}
