package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.ClassIndex;
import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.ClassificationNote;
import id.go.lampungprov.kkb.assessment.domain.IndicatorResult;
import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.reports.model.ProfileRow;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the sections A to G of the Profil Kampung KB read: each section's rows from the records the
 * service gathered, in Bahasa Indonesia, persons by name and role only. Kept apart from gathering
 * and issuing so that the wording of a section is in one place and needs no container to test.
 */
final class ProfileSections {

  private ProfileSections() {}

  static void registration(List<ProfileRow> rows, KampungKb k, List<String> place) {
    String s = "A. Registrasi";
    rows.add(new ProfileRow(s, "Nama Kampung KB", k.name()));
    rows.add(new ProfileRow(s, "Kode wilayah desa", k.village().value()));
    rows.add(new ProfileRow(s, "Wilayah", String.join(", ", place)));
    k.rwCoverage().ifPresent(rw -> rows.add(new ProfileRow(s, "Cakupan RW/dusun", rw)));
    rows.add(
        new ProfileRow(s, "Tanggal pencanangan", IndonesianDates.longDate(k.declarationDate())));
    rows.add(new ProfileRow(s, "Status percontohan", ReportLabels.of(k.modelStatus())));
    rows.add(
        new ProfileRow(
            s,
            "Status",
            ReportLabels.of(k.status())
                + k.inactiveSince().map(d -> " sejak " + IndonesianDates.longDate(d)).orElse("")));
    rows.add(new ProfileRow(s, "Kriteria pembentukan", ReportLabels.list(k.criteria())));
    k.location()
        .ifPresent(g -> rows.add(new ProfileRow(s, "Lokasi (lintang, bujur)", g.toString())));
  }

  static void pokjaAndCadres(List<ProfileRow> rows, List<PokjaMember> pokja, List<Cadre> cadres) {
    String s = "B. Struktur Pokja dan Kader";
    List<PokjaMember> members =
        pokja.stream()
            .filter(m -> m.term().isOpen())
            .sorted(Comparator.comparing(PokjaMember::role))
            .toList();
    if (members.isEmpty()) {
      rows.add(new ProfileRow(s, "Pokja", "belum tercatat"));
    }
    for (PokjaMember m : members) {
      rows.add(
          new ProfileRow(
              s,
              ReportLabels.of(m.role()),
              m.person().fullName() + (m.trained() ? " (sudah dilatih)" : "")));
    }
    for (Cadre c : cadres) {
      if (c.term().isOpen()) {
        rows.add(new ProfileRow(s, ReportLabels.of(c.type()), c.person().fullName()));
      }
    }
  }

  static void checklist(List<ProfileRow> rows, List<KampungKbProfile> history) {
    String s = "C. Profil Pengelolaan";
    Optional<KampungKbProfile> active =
        history.stream().filter(KampungKbProfile::active).findFirst();
    if (active.isEmpty()) {
      rows.add(new ProfileRow(s, "Profil", "belum diisi"));
      return;
    }
    ProfileChecklist c = active.get().checklist();
    rows.add(
        new ProfileRow(s, "Berlaku sejak", IndonesianDates.longDate(active.get().validFrom())));
    rows.add(new ProfileRow(s, "Pokja terbentuk", ReportLabels.yesNo(c.pokjaExists())));
    rows.add(new ProfileRow(s, "Pokja ber-SK", ReportLabels.yesNo(c.pokjaHasDecree())));
    rows.add(new ProfileRow(s, "Pokja sudah dilatih", ReportLabels.yesNo(c.pokjaTrained())));
    rows.add(new ProfileRow(s, "Jumlah anggota Pokja", String.valueOf(c.pokjaMembers())));
    rows.add(new ProfileRow(s, "PKB/PLKB pendamping", c.pkbName() == null ? "-" : c.pkbName()));
    rows.add(new ProfileRow(s, "Regulasi", ReportLabels.of(c.regulationLevel())));
    rows.add(new ProfileRow(s, "Rencana Kegiatan Masyarakat", ReportLabels.yesNo(c.hasRkm())));
    rows.add(new ProfileRow(s, "Sumber data", ReportLabels.list(c.dataSources())));
    rows.add(new ProfileRow(s, "Sumber dana", ReportLabels.list(c.fundingSources())));
    rows.add(new ProfileRow(s, "Sekretariat", ReportLabels.yesNo(c.hasSecretariat())));
    rows.add(new ProfileRow(s, "Rumah DataKu", ReportLabels.of(c.rumahDataKu())));
    rows.add(new ProfileRow(s, "Kelompok kegiatan (Poktan)", ReportLabels.list(c.poktan())));
    c.mechanisms()
        .forEach((m, f) -> rows.add(new ProfileRow(s, ReportLabels.of(m), ReportLabels.of(f))));
  }

  static void latestFigures(List<ProfileRow> rows, List<MonthlyFigures> history) {
    String s = "D. Data Terakhir";
    Optional<MonthlyFigures> latest =
        history.stream().max(Comparator.comparing(MonthlyFigures::period));
    if (latest.isEmpty()) {
      rows.add(new ProfileRow(s, "Data bulanan", "belum dilaporkan"));
      return;
    }
    Figures f = latest.get().figures();
    rows.add(
        new ProfileRow(
            s,
            "Periode",
            IndonesianDates.month(latest.get().period().getMonthValue())
                + " "
                + latest.get().period().getYear()));
    rows.add(new ProfileRow(s, "Jumlah keluarga", String.valueOf(f.families())));
    rows.add(new ProfileRow(s, "Pasangan usia subur (PUS)", String.valueOf(f.pus())));
    rows.add(new ProfileRow(s, "Peserta KB aktif", String.valueOf(f.users())));
    rows.add(new ProfileRow(s, "CPR (%)", percent(f.cpr())));
    rows.add(new ProfileRow(s, "Peserta MKJP", String.valueOf(f.mkjpUsers())));
    rows.add(new ProfileRow(s, "Proporsi MKJP (%)", percent(f.mkjpShare())));
    rows.add(new ProfileRow(s, "Unmet need (%)", percent(f.unmetNeed())));
    rows.add(
        new ProfileRow(
            s,
            "Peserta BKB / BKR / BKL",
            f.bkbParticipants() + " / " + f.bkrParticipants() + " / " + f.bklParticipants()));
    rows.add(
        new ProfileRow(
            s, "Anggota UPPKA / PIK-R", f.uppkaParticipants() + " / " + f.pikrParticipants()));
  }

  static void classification(List<ProfileRow> rows, Classification c) {
    String s = "E. Klasifikasi";
    rows.add(
        new ProfileRow(
            s,
            "Klasifikasi",
            ReportLabels.of(c.kampungKbClass())
                + " (aturan "
                + c.ruleSetVersion()
                + c.period().map(p -> ", data " + p).orElse("")
                + ")"));
    for (ClassIndex index : ClassIndex.values()) {
      rows.add(new ProfileRow(s, ReportLabels.of(index), percent(c.index(index))));
    }
    for (IndicatorResult i : c.indicators()) {
      rows.add(
          new ProfileRow(
              s,
              ReportLabels.indicator(i.code()),
              (i.assessable()
                      ? (i.rawValue() == null ? "" : "nilai " + i.rawValue() + ", ")
                          + "skor "
                          + i.score()
                      : "tidak dapat dinilai")
                  + (i.note() == null || i.note().isBlank()
                      ? ""
                      : " — " + ClassificationNote.text(i.note(), ReportLabels.INDONESIAN))));
    }
  }

  static void interventions(List<ProfileRow> rows, List<Intervention> list) {
    String s = "F. Intervensi Lintas Sektor";
    if (list.isEmpty()) {
      rows.add(new ProfileRow(s, "Intervensi", "belum tercatat"));
    }
    for (Intervention i : list) {
      rows.add(
          new ProfileRow(
              s,
              IndonesianDates.longDate(i.date()),
              i.title()
                  + " — "
                  + i.agency().name()
                  + " (fungsi "
                  + ReportLabels.of(i.familyFunction()).toLowerCase()
                  + ")"));
    }
  }

  static void assessmentHistory(List<ProfileRow> rows, List<Assessment> list) {
    String s = "G. Riwayat Penilaian COE";
    if (list.isEmpty()) {
      rows.add(new ProfileRow(s, "Penilaian", "belum pernah dinilai"));
    }
    for (Assessment a : list) {
      rows.add(
          new ProfileRow(
              s,
              "Periode " + a.period() + ", tingkat " + ReportLabels.of(a.stage()).toLowerCase(),
              a.total().map(t -> "nilai " + t.stripTrailingZeros().toPlainString()).orElse("-")
                  + a.category().map(c -> ", " + ReportLabels.of(c)).orElse("")
                  + "; status "
                  + ReportLabels.of(a.status()).toLowerCase()));
    }
  }

  private static String percent(Optional<BigDecimal> value) {
    return value.map(v -> v.stripTrailingZeros().toPlainString().replace('.', ',')).orElse("-");
  }
}
