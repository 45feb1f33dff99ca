package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.AssessmentRepository;
import id.go.lampungprov.kkb.assessment.domain.Instrument;
import id.go.lampungprov.kkb.assessment.domain.InstrumentIndicator;
import id.go.lampungprov.kkb.platform.persistence.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Ships the default COE instrument (COE-KKB revision 1) on first start. No official COE instrument
 * was published: this one is a proposal, following the selection practice (input, process,
 * output/outcome, innovation and sustainability), to be confirmed or replaced by the province
 * through a new revision.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
public class DefaultInstrument {

  @PersistenceContext private EntityManager em;

  static final String CODE = "COE-KKB";

  @Inject private AssessmentRepository repository;

  @PostConstruct
  void shipOnce() {
    // Once per database: instances starting together take turns (see StartupLock).
    StartupLock.holdUntilCommit(em);
    if (repository.latestRevision(CODE) > 0) {
      return;
    }
    Instrument instrument =
        new Instrument(
            CODE,
            1,
            "Instrumen Penilaian Center of Excellence (COE) Pengelolaan Kampung KB (usulan)",
            indicators(),
            new int[] {85, 70, 55},
            LocalDateTime.now(ZoneId.of("Asia/Jakarta")));
    instrument.publish();
    repository.add(instrument);
  }

  static List<InstrumentIndicator> indicators() {
    return List.of(
        indicator(
            "Input",
            "IN-1",
            "Kelembagaan Pokja: SK, struktur lengkap, pengurus terlatih",
            10,
            "Belum ada Pokja",
            "Pokja ada tanpa SK",
            "Pokja ber-SK, struktur lengkap",
            "Pokja ber-SK, lengkap dan terlatih",
            "SK Pokja, daftar pengurus, sertifikat pelatihan"),
        indicator(
            "Input",
            "IN-2",
            "Sumber dana dan sarana (sekretariat, Rumah DataKu)",
            15,
            "Tanpa dana dan sarana",
            "Satu sumber dana, sarana minim",
            "Beberapa sumber dana, sekretariat ada",
            "Dana beragam dan berkelanjutan, Rumah DataKu aktif",
            "Dokumen anggaran, foto sarana"),
        indicator(
            "Proses",
            "PR-1",
            "Perencanaan berbasis data (RKM dari data keluarga)",
            10,
            "Tanpa rencana",
            "Rencana tanpa data",
            "RKM memakai data keluarga",
            "RKM berbasis data, dievaluasi berkala",
            "RKM, data PK, notulen rapat perencanaan"),
        indicator(
            "Proses",
            "PR-2",
            "Mekanisme operasional berjalan (rapat, sosialisasi, monev, laporan)",
            10,
            "Tidak berjalan",
            "Sebagian kecil berjalan",
            "Sebagian besar rutin",
            "Semua rutin dan terdokumentasi",
            "Notulen, daftar hadir, laporan bulanan"),
        indicator(
            "Proses",
            "PR-3",
            "Kemitraan dan intervensi lintas sektor",
            10,
            "Tidak ada mitra",
            "Satu mitra",
            "Beberapa OPD/mitra",
            "Banyak mitra dengan dampak terukur",
            "Dokumen kerja sama, foto sebelum/sesudah"),
        indicator(
            "Output/Outcome",
            "OU-1",
            "Kesertaan ber-KB dan pemakaian MKJP",
            15,
            "CPR < 30 %",
            "CPR 30–40 %",
            "CPR 41–50 %",
            "CPR > 50 % dan MKJP naik",
            "Data bulanan kesertaan ber-KB"),
        indicator(
            "Output/Outcome",
            "OU-2",
            "Partisipasi keluarga dalam poktan (BKB, BKR, BKL, UPPKA, PIK-R)",
            15,
            "< 10 %",
            "10–20 %",
            "21–30 %",
            "> 30 %",
            "Register poktan, data bulanan"),
        indicator(
            "Inovasi dan keberlanjutan",
            "IS-1",
            "Inovasi dan praktik baik",
            8,
            "Tidak ada",
            "Gagasan belum jalan",
            "Inovasi berjalan",
            "Inovasi direplikasi desa lain",
            "Profil inovasi, liputan, testimoni"),
        indicator(
            "Inovasi dan keberlanjutan",
            "IS-2",
            "Keberlanjutan: regulasi desa dan dukungan Dana Desa",
            7,
            "Tidak ada",
            "Dukungan sesaat",
            "Perdes/Perkades ada",
            "Perdes dan Dana Desa rutin",
            "Perdes/Perkades, APBDes"));
  }

  private static InstrumentIndicator indicator(
      String aspect,
      String code,
      String title,
      int weight,
      String l1,
      String l2,
      String l3,
      String l4,
      String evidence) {
    return new InstrumentIndicator(aspect, code, title, weight, List.of(l1, l2, l3, l4), evidence);
  }
}
