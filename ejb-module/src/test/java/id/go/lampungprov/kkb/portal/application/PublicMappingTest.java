package id.go.lampungprov.kkb.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.files.domain.FileType;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Agency;
import id.go.lampungprov.kkb.registration.domain.AgencyLevel;
import id.go.lampungprov.kkb.registration.domain.FamilyFunction;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.InterventionPhoto;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PhotoStage;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.PokjaRole;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.registration.domain.TargetGroup;
import id.go.lampungprov.kkb.registration.domain.Term;
import id.go.lampungprov.kkb.security.domain.Nip;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the mapping sends for records that hold persons: the positions, never the people; the
 * checklist without the field officer; interventions without free texts and with public photos
 * only. A view's {@code toString} lists every field, nested ones too, so a name anywhere in it
 * would show there.
 */
class PublicMappingTest {

  private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
  private static final String MEMBER = "Siti Rahayu Wulandari";
  private static final String PHONE = "081234567890";
  private static final String OFFICER = "Budi Santoso Pratama";

  private static KampungKb kampungKb() {
    KampungKb k =
        new KampungKb(
            RegionCode.of("18.07.04.2003"),
            new KampungKb.Details(
                "Kampung KB Sidodadi", null, LocalDate.of(2017, 3, 14), null, null, Set.of()),
            ModelStatus.NONE,
            NOW);
    setId(k, 7L);
    return k;
  }

  @Test
  void pokjaShowsFilledPositionsNotTheirHolders() {
    KampungKb k = kampungKb();
    Person person =
        new Person(RegionCode.of("18.07.04.2003"), MEMBER, Sex.FEMALE, PHONE, (Nip) null, NOW);
    PokjaMember chair =
        new PokjaMember(k, person, PokjaRole.CHAIR, new Term(LocalDate.of(2020, 1, 1), null), true);
    PokjaMember formerSecretary =
        new PokjaMember(
            k,
            person,
            PokjaRole.SECRETARY,
            new Term(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1)),
            false);

    List<String> positions = PublicMapping.pokjaPositions(List.of(formerSecretary, chair));

    assertEquals(List.of("CHAIR"), positions);
    assertFalse(positions.toString().contains(MEMBER));
    assertFalse(positions.toString().contains(PHONE));
  }

  @Test
  void checklistLeavesOutTheFieldOfficer() {
    ProfileChecklist c =
        new ProfileChecklist(
            true,
            true,
            false,
            9,
            OFFICER,
            null,
            ProfileChecklist.RegulationLevel.VILLAGE,
            true,
            Set.of(),
            Set.of(),
            true,
            ProfileChecklist.RumahDataKu.SEDERHANA,
            Set.of(),
            Map.of());
    KampungKbProfile profile = new KampungKbProfile(kampungKb(), LocalDate.of(2024, 1, 1), c, NOW);

    PublicViews.Checklist view = PublicMapping.checklist(profile);

    assertEquals(9, view.pokjaMembers());
    assertEquals("VILLAGE", view.regulationLevel());
    assertFalse(view.toString().contains(OFFICER), view.toString());
  }

  @Test
  void interventionShowsOnlyPublicPhotosAndNoFreeText() {
    Agency agency = new Agency("DINKES", "Dinas Kesehatan", AgencyLevel.REGENCY);
    Intervention i =
        new Intervention(
            kampungKb(),
            new Intervention.Details(
                LocalDate.of(2024, 2, 1),
                "Posyandu remaja",
                agency,
                FamilyFunction.REPRODUCTION,
                Set.of(TargetGroup.FAMILIES),
                "diterima oleh " + MEMBER,
                "hadir " + MEMBER + " " + PHONE),
            NOW);
    InterventionPhoto hidden = i.addPhoto(PhotoStage.BEFORE, file(), "foto " + MEMBER);
    InterventionPhoto shown = i.addPhoto(PhotoStage.AFTER, file(), "foto " + MEMBER);
    setId(hidden, 11L);
    setId(shown, 12L);
    shown.publish(true);

    PublicViews.Intervention view = PublicMapping.intervention(i);

    assertEquals(List.of(new PublicViews.Photo(12L, "AFTER")), view.photos());
    assertEquals("Dinas Kesehatan", view.agency());
    assertFalse(view.toString().contains(MEMBER), view.toString());
    assertFalse(view.toString().contains(PHONE), view.toString());
  }

  @Test
  void photosArePrivateUntilPublished() {
    Intervention i =
        new Intervention(
            kampungKb(),
            new Intervention.Details(
                LocalDate.of(2024, 2, 1),
                "Posyandu remaja",
                new Agency("DINKES", "Dinas Kesehatan", AgencyLevel.REGENCY),
                FamilyFunction.REPRODUCTION,
                Set.of(TargetGroup.FAMILIES),
                null,
                null),
            NOW);
    InterventionPhoto photo = i.addPhoto(PhotoStage.BEFORE, file(), null);
    assertFalse(photo.publicPhoto());
    photo.publish(true);
    assertTrue(photo.publicPhoto());
    photo.publish(false);
    assertTrue(PublicMapping.intervention(i).photos().isEmpty());
  }

  private static StoredFile file() {
    return new StoredFile(new UploadPolicy.Inspected(FileType.JPEG, 10, 1, 1), "00", NOW);
  }

  private static void setId(Object entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
