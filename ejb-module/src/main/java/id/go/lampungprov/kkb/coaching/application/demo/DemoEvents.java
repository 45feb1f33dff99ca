package id.go.lampungprov.kkb.coaching.application.demo;

import id.go.lampungprov.kkb.coaching.application.RoleLabels;
import id.go.lampungprov.kkb.coaching.domain.AgendaItem;
import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.CheckInChannel;
import id.go.lampungprov.kkb.coaching.domain.CoachingEvent;
import id.go.lampungprov.kkb.coaching.domain.CoachingEventRepository;
import id.go.lampungprov.kkb.coaching.domain.EventDetails;
import id.go.lampungprov.kkb.coaching.domain.EventType;
import id.go.lampungprov.kkb.coaching.domain.FollowUp;
import id.go.lampungprov.kkb.coaching.domain.Minutes;
import id.go.lampungprov.kkb.coaching.domain.Official;
import id.go.lampungprov.kkb.coaching.domain.OfficialRole;
import id.go.lampungprov.kkb.coaching.domain.Participant;
import id.go.lampungprov.kkb.coaching.domain.ParticipantCategory;
import id.go.lampungprov.kkb.coaching.domain.ReportDraft;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.demo.DemoData;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryPlan;
import id.go.lampungprov.kkb.registration.domain.AgencyRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.PositionRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The reference event of the seed as demo data: COE coaching at Balai Desa Sidodadi on Friday 5
 * June 2020, organised by Dinas PPPA with Perwakilan BKKBN, the officials the news report lists,
 * and 20 participants from the Sidodadi Pokja and cadres (18 present, 2 excused), with a report
 * draft naming the obstacles met (standard introduction and legal bases). Names of people are the
 * synthetic ones of the demo registry; officials without a name in the source are listed by
 * position.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@PermitAll
public class DemoEvents {

  private static final Logger LOG = Logger.getLogger(DemoEvents.class.getName());
  static final LocalDate DAY = LocalDate.of(2020, 6, 5);

  @Inject private CoachingEventRepository events;
  @Inject private KampungKbRepository registry;
  @Inject private AgencyRepository agencies;
  @Inject private PositionRepository positions;
  @PersistenceContext private EntityManager em;

  @PostConstruct
  void loadIfRequested() {
    boolean requested = DemoData.requested(em);
    long existing =
        em.createQuery("SELECT COUNT(e) FROM CoachingEvent e", Long.class).getSingleResult();
    RegionCode village = RegionCode.of(DemoRegistryPlan.SIDODADI);
    KampungKb sidodadi = registry.findActiveInVillage(village).orElse(null);
    if (!requested || existing > 0 || sidodadi == null) {
      return;
    }
    CoachingEvent event =
        new CoachingEvent(
            new EventDetails(
                EventType.COE_COACHING,
                "Pembinaan dan Pengembangan Center of Excellence (COE) Pengelolaan Kampung KB",
                agencies.findByCode("DPPPA").orElseThrow(),
                List.of(
                    agencies.findByCode("BKKBN").orElseThrow(),
                    agencies.findByCode("OPD_KB_KAB").orElseThrow()),
                DAY.atTime(9, 0),
                DAY.atTime(12, 30),
                "Balai Desa Sidodadi",
                village,
                List.of(sidodadi),
                "APBD Provinsi Lampung",
                20,
                "Protokol pencegahan COVID-19: masker, cuci tangan, jaga jarak, cek suhu tubuh"),
            DAY.minusDays(14).atTime(10, 0));
    events.add(event);
    event.replaceAgenda(agenda());
    event.replaceOfficials(officials());
    List<Participant> invited = invite(event, sidodadi);
    for (int i = 0; i < invited.size(); i++) {
      Attendance a = i >= invited.size() - 2 ? Attendance.EXCUSED : Attendance.PRESENT;
      invited.get(i).record(a, CheckInChannel.STAFF, DAY.atTime(8, 30).plusMinutes(i));
    }
    event.markHeld(DAY.atTime(9, 0));
    event.recordMinutes(
        new Minutes(
            "Kepala Dinas PPPA Provinsi Lampung",
            "Sekretaris Pokja Kampung KB Sidodadi",
            "Pengelolaan Kampung KB di Lampung masih mengarah pada capaian kuantitatif. Peran dinas"
                + " dan instansi terkait: usaha kecil dari bantuan Dinas Sosial, pemasaran oleh"
                + " Dinas Perdagangan, kemasan oleh Dinas Perindustrian.",
            "Pokja menyusun rencana kegiatan masyarakat (RKM) dan memperbarui data keluarga;"
                + " OPD KB kabupaten mendampingi pengajuan intervensi lintas sektor."),
        "Peserta memahami kriteria Center of Excellence pengelolaan Kampung KB dan menyepakati"
            + " dua tindak lanjut.");
    event.recordReportDraft(
        new ReportDraft(
            null,
            null,
            null,
            null,
            "Data keluarga Kampung KB Sidodadi belum seluruhnya diperbarui, dan sebagian kader belum"
                + " memahami kriteria Center of Excellence; produk UPPKA belum berkemasan layak jual.",
            "PKB mendampingi pemutakhiran data keluarga; kriteria COE dijelaskan ulang kepada kader"
                + " dalam sesi diskusi; kemasan produk diusulkan ke Dinas Perindustrian.",
            "Kampung KB Sidodadi memiliki Pokja dan kader yang aktif dan siap dibina menuju Center of"
                + " Excellence, dengan data keluarga dan kemasan produk sebagai pekerjaan rumah.",
            "OPD KB Kabupaten Lampung Timur mendampingi Pokja secara berkala; dinas dan instansi"
                + " terkait memasukkan Kampung KB Sidodadi dalam rencana kerja tahun berikutnya."));
    em.persist(
        new FollowUp(
            event, "Menyusun RKM Kampung KB Sidodadi 2020", "Ketua Pokja", DAY.plusDays(30)));
    em.persist(
        new FollowUp(
            event,
            "Mengusulkan pendampingan kemasan produk UPPKA ke Dinas Perindustrian",
            "OPD KB Kabupaten Lampung Timur",
            DAY.plusDays(60)));
    event.markReported();
    em.flush();
    LOG.info("Loaded the reference event of 5 June 2020 at Balai Desa Sidodadi (demo data)");
  }

  private List<Participant> invite(CoachingEvent event, KampungKb kkb) {
    List<Participant> invited = new ArrayList<>();
    positions
        .pokja(kkb)
        .forEach(
            m ->
                invited.add(
                    new Participant(
                        event,
                        m.person(),
                        m.person().fullName(),
                        m.person().sex(),
                        null,
                        ParticipantCategory.POKJA,
                        RoleLabels.of(m.role()) + " " + kkb.name())));
    positions
        .cadres(kkb)
        .forEach(
            c ->
                invited.add(
                    new Participant(
                        event,
                        c.person(),
                        c.person().fullName(),
                        c.person().sex(),
                        null,
                        ParticipantCategory.CADRE,
                        RoleLabels.of(c.type()) + " " + kkb.name())));
    invited.forEach(em::persist);
    return invited;
  }

  private static List<AgendaItem> agenda() {
    return List.of(
        new AgendaItem(LocalTime.of(8, 30), "Registrasi peserta", null),
        new AgendaItem(
            LocalTime.of(9, 0), "Pembukaan dan sambutan", "Kepala Dinas PPPA Provinsi Lampung"),
        new AgendaItem(
            LocalTime.of(9, 30),
            "Kampung KB dan program kependudukan",
            "Kabid Pengendalian Penduduk Perwakilan BKKBN Provinsi Lampung"),
        new AgendaItem(
            LocalTime.of(10, 30), "Pengelolaan Kampung KB menuju Center of Excellence", null),
        new AgendaItem(LocalTime.of(11, 30), "Diskusi dan rencana tindak lanjut", null),
        new AgendaItem(LocalTime.of(12, 15), "Penutupan", null));
  }

  private static List<Official> officials() {
    return List.of(
        new Official(
            "Theresia Sormin",
            "Kepala Dinas PPPA Provinsi Lampung",
            "Dinas PPPA Provinsi Lampung",
            null,
            OfficialRole.OPENING_SPEECH),
        new Official(
            "Ir. Erismon",
            "Kepala Bidang Pengendalian Penduduk",
            "Perwakilan BKKBN Provinsi Lampung",
            null,
            OfficialRole.SPEAKER),
        official("Kasubbid Analisis Dampak Kependudukan", "Perwakilan BKKBN Provinsi Lampung"),
        official(
            "Kasubbid Kerja Sama Pendidikan Kependudukan", "Perwakilan BKKBN Provinsi Lampung"),
        official("Camat Pekalongan", "Kecamatan Pekalongan"),
        official("Kepala OPD KB Kabupaten Lampung Timur", "Pemerintah Kabupaten Lampung Timur"),
        official("Kepala Desa Sidodadi", "Pemerintah Desa Sidodadi"),
        official("Danramil Pekalongan", "Koramil Pekalongan"),
        official("Kapolsek Pekalongan", "Polsek Pekalongan"));
  }

  private static Official official(String position, String agency) {
    return new Official(position, position, agency, null, OfficialRole.GUEST);
  }
}
