package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.registration.application.KampungKbInput;
import id.go.lampungprov.kkb.registration.application.ProfileService;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.security.domain.Nip;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class ProfileFacade {

  @EJB private ProfileService profiles;

  public ProfileDtos.ProfileDto record(long kampungKbId, ProfileDtos.ProfileRequest r) {
    Map<ProfileChecklist.Mechanism, ProfileChecklist.Frequency> mechanisms =
        new EnumMap<>(ProfileChecklist.Mechanism.class);
    if (r.mechanisms != null) {
      r.mechanisms.forEach(
          (k, v) ->
              mechanisms.put(
                  KampungKbInput.parseEnum(ProfileChecklist.Mechanism.class, "mechanisms", k),
                  KampungKbInput.parseEnum(ProfileChecklist.Frequency.class, "mechanisms", v)));
    }
    ProfileChecklist checklist =
        new ProfileChecklist(
            r.pokjaExists,
            r.pokjaHasDecree,
            r.pokjaTrained,
            r.pokjaMembers,
            r.pkbName,
            r.pkbNip == null || r.pkbNip.isBlank() ? null : Nip.parse("pkbNip", r.pkbNip),
            r.regulationLevel == null
                ? null
                : KampungKbInput.parseEnum(
                    ProfileChecklist.RegulationLevel.class, "regulationLevel", r.regulationLevel),
            r.hasRkm,
            set(ProfileChecklist.DataSource.class, "dataSources", r.dataSources),
            set(ProfileChecklist.FundingSource.class, "fundingSources", r.fundingSources),
            r.hasSecretariat,
            r.rumahDataKu == null
                ? null
                : KampungKbInput.parseEnum(
                    ProfileChecklist.RumahDataKu.class, "rumahDataKu", r.rumahDataKu),
            set(ProfileChecklist.Poktan.class, "poktan", r.poktan),
            mechanisms);
    return dto(
        profiles.record(kampungKbId, KampungKbInput.date("validFrom", r.validFrom), checklist));
  }

  public List<ProfileDtos.ProfileDto> history(long kampungKbId) {
    return profiles.history(kampungKbId).stream().map(ProfileFacade::dto).toList();
  }

  public ProfileDtos.ProfileDto active(long kampungKbId) {
    return dto(profiles.active(kampungKbId));
  }

  private static <E extends Enum<E>> Set<E> set(Class<E> type, String field, List<String> values) {
    Set<E> set = EnumSet.noneOf(type);
    if (values != null) {
      values.forEach(v -> set.add(KampungKbInput.parseEnum(type, field, v)));
    }
    return set;
  }

  private static ProfileDtos.ProfileDto dto(KampungKbProfile p) {
    return new ProfileDtos.ProfileDto(
        p.id(), p.validFrom(), p.active(), p.checklist(), p.version());
  }
}
