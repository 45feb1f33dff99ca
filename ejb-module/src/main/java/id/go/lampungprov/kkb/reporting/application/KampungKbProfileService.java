package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.assessment.application.AssessmentService;
import id.go.lampungprov.kkb.assessment.application.ClassificationService;
import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.assessment.domain.ClassIndex;
import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.ClassificationNote;
import id.go.lampungprov.kkb.assessment.domain.IndicatorResult;
import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.Issuers;
import id.go.lampungprov.kkb.documents.application.Letterheads;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.FiguresService;
import id.go.lampungprov.kkb.registration.application.KampungKbService;
import id.go.lampungprov.kkb.registration.application.PokjaService;
import id.go.lampungprov.kkb.registration.application.ProfileService;
import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.InterventionRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.KampungKbProfileReport;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.Signature;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import id.go.lampungprov.kkb.reports.model.ProfileRow;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Profil Kampung KB: registration, Pokja and cadres, profile checklist, the latest monthly
 * figures with CPR, MKJP share and unmet need, the classification with each indicator's result,
 * interventions and the assessment history. Persons appear by name and role only, never by NIK.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class KampungKbProfileService {

  @EJB private KampungKbService registry;
  @EJB private PokjaService pokja;
  @EJB private ProfileService profiles;
  @EJB private FiguresService figures;
  @EJB private ClassificationService classifications;
  @EJB private AssessmentService assessments;
  @EJB private RegionService regions;
  @EJB private DocumentService documents;
  @Inject private InterventionRepository interventions;
  @Inject private Issuers issuers;
  @Inject private Letterheads letterheads;

  public byte[] draft(long kampungKbId) {
    KampungKb kkb = registry.get(kampungKbId);
    Issuer issuer = issuer();
    return ReportRenderer.pdf(
        profile(
            kkb,
            letterheads.of(issuer),
            null,
            Letterheads.signature(
                issuers.signatureFor(issuer, DocumentType.PROFIL_KAMPUNG_KB),
                issuer,
                LocalDate.now(ProvinceRecapService.JAKARTA))));
  }

  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  public IssuedDocument issue(long kampungKbId, String baseUrl, SigningRoute signing) {
    KampungKb kkb = registry.get(kampungKbId);
    Issuer issuer = issuer();
    Letterhead letterhead = letterheads.of(issuer);
    return documents.issue(
        new DocumentService.Issue(
            DocumentType.PROFIL_KAMPUNG_KB,
            "Profil Kampung KB " + kkb.name(),
            issuer,
            "KampungKb:" + kkb.id(),
            kkb.village(),
            baseUrl,
            signing,
            stamp ->
                ReportRenderer.pdf(
                    profile(
                        kkb,
                        letterhead,
                        Letterheads.mark(stamp),
                        Letterheads.signature(stamp.signature(), issuer, stamp.date())))));
  }

  private Issuer issuer() {
    return issuers.of(DocumentType.PROFIL_KAMPUNG_KB, null);
  }

  private KampungKbProfileReport profile(
      KampungKb kkb, Letterhead letterhead, IssueMark mark, Signature signature) {
    List<String> place = placeNames(kkb.village());
    List<ProfileRow> rows = new ArrayList<>();
    registration(rows, kkb, place);
    pokjaAndCadres(rows, kkb);
    checklist(rows, kkb);
    latestFigures(rows, kkb);
    classification(rows, kkb);
    interventions(rows, kkb);
    assessmentHistory(rows, kkb);
    return new KampungKbProfileReport(
        letterhead, mark, signature, kkb.name() + " — " + String.join(", ", place), rows);
  }

  /** Village, district, regency names, nearest first. */
  private List<String> placeNames(RegionCode village) {
    List<RegionCode> codes = new ArrayList<>(village.ancestors());
    codes.add(village);
    Map<String, String> names = new HashMap<>();
    for (Region r : regions.findRegions(codes)) {
      names.put(r.code().value(), r.name());
    }
    List<String> result = new ArrayList<>();
    for (int i = codes.size() - 1; i >= 1; i--) {
      String prefix =
          switch (codes.get(i).level()) {
            case VILLAGE -> "Desa/Kel. ";
            case DISTRICT -> "Kec. ";
            default -> "";
          };
      result.add(prefix + names.getOrDefault(codes.get(i).value(), codes.get(i).value()));
    }
    return result;
  }

  private static void registration(List<ProfileRow> rows, KampungKb k, List<String> place) {
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

  private void pokjaAndCadres(List<ProfileRow> rows, KampungKb k) {
    String s = "B. Struktur Pokja dan Kader";
    List<PokjaMember> members =
        pokja.pokja(k.id()).stream()
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
    for (Cadre c : pokja.cadres(k.id())) {
      if (c.term().isOpen()) {
        rows.add(new ProfileRow(s, ReportLabels.of(c.type()), c.person().fullName()));
      }
    }
  }

  private void checklist(List<ProfileRow> rows, KampungKb k) {
    String s = "C. Profil Pengelolaan";
    Optional<KampungKbProfile> active =
        profiles.history(k.id()).stream().filter(KampungKbProfile::active).findFirst();
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

  private void latestFigures(List<ProfileRow> rows, KampungKb k) {
    String s = "D. Data Terakhir";
    Optional<MonthlyFigures> latest =
        figures.history(k.id()).stream().max(Comparator.comparing(MonthlyFigures::period));
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

  private void classification(List<ProfileRow> rows, KampungKb k) {
    String s = "E. Klasifikasi";
    Classification c = classifications.current(k.id());
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

  private void interventions(List<ProfileRow> rows, KampungKb k) {
    String s = "F. Intervensi Lintas Sektor";
    List<Intervention> list = interventions.of(k);
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

  private void assessmentHistory(List<ProfileRow> rows, KampungKb k) {
    String s = "G. Riwayat Penilaian COE";
    List<Assessment> list = assessments.history(k.id());
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
