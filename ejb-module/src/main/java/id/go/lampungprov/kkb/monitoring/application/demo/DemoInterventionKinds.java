package id.go.lampungprov.kkb.monitoring.application.demo;

import id.go.lampungprov.kkb.registration.domain.FamilyFunction;
import id.go.lampungprov.kkb.registration.domain.TargetGroup;
import java.util.List;
import java.util.Set;

/**
 * The kinds of cross-sector intervention the demo draws from: invented but plausible titles per
 * agency (codes of the agency list of V10), family function, target groups and, for most, the
 * Inpres 3/2022 activities a regency operator would tag them to. Texts name no person.
 */
final class DemoInterventionKinds {

  /** One kind of intervention; {@code inpres} may be empty (not every intervention is tagged). */
  record Kind(
      String title,
      String agency,
      FamilyFunction function,
      Set<TargetGroup> targets,
      String description,
      String outcome,
      List<String> inpres) {}

  /** Sidodadi's, in the order they happened: the grant and the marketing help the event names. */
  static final Kind GRANT =
      new Kind(
          "Bantuan modal usaha kelompok UPPKA",
          "DINSOS",
          FamilyFunction.ECONOMY,
          Set.of(TargetGroup.UPPKA_GROUPS, TargetGroup.POOR_FAMILIES),
          "Bantuan modal usaha bagi anggota kelompok UPPKA dari keluarga prasejahtera.",
          "Kelompok UPPKA menambah produksi keripik dan memperluas usaha.",
          List.of("S3.P5.K4"));

  static final Kind MARKETING =
      new Kind(
          "Fasilitasi pemasaran produk UPPKA di pasar kecamatan",
          "DISDAG",
          FamilyFunction.ECONOMY,
          Set.of(TargetGroup.UPPKA_GROUPS, TargetGroup.WOMEN),
          "Stan pameran dan pendampingan penjualan produk kelompok UPPKA.",
          "Produk kelompok mulai dijual di dua toko di ibu kota kecamatan.",
          List.of("S3.P5.K5"));

  static final List<Kind> ALL =
      List.of(
          GRANT,
          MARKETING,
          new Kind(
              "Pelatihan pengemasan produk olahan rumah tangga",
              "DISPERIN",
              FamilyFunction.ECONOMY,
              Set.of(TargetGroup.UPPKA_GROUPS),
              "Pelatihan desain kemasan, label dan perizinan PIRT bagi kelompok usaha keluarga.",
              null,
              List.of("S3.P5.K6")),
          new Kind(
              "Pelatihan kewirausahaan dan koperasi bagi ibu rumah tangga",
              "DISKOPUKM",
              FamilyFunction.ECONOMY,
              Set.of(TargetGroup.WOMEN),
              "Pelatihan pembukuan sederhana dan pembentukan koperasi wanita.",
              "Terbentuk satu koperasi wanita di tingkat desa.",
              List.of("S3.P5.K8")),
          new Kind(
              "Pemeriksaan kehamilan dan penimbangan balita di posyandu",
              "DINKES",
              FamilyFunction.REPRODUCTION,
              Set.of(TargetGroup.FAMILIES_WITH_TODDLERS, TargetGroup.WOMEN),
              "Pemeriksaan antenatal oleh bidan desa dan pemantauan tumbuh kembang balita.",
              null,
              List.of("S3.P2.K4", "S3.P2.K7")),
          new Kind(
              "Pemberian makanan tambahan bagi balita gizi kurang",
              "DINKES",
              FamilyFunction.LOVE_AND_AFFECTION,
              Set.of(TargetGroup.FAMILIES_WITH_TODDLERS, TargetGroup.POOR_FAMILIES),
              "Makanan tambahan selama 90 hari bagi balita dengan status gizi kurang.",
              "Sebagian besar balita sasaran naik berat badannya.",
              List.of("S3.P2.K11")),
          new Kind(
              "Pelayanan keliling KTP-el, kartu keluarga dan akta kelahiran",
              "DISDUKCAPIL",
              FamilyFunction.PROTECTION,
              Set.of(TargetGroup.FAMILIES),
              "Perekaman KTP-el dan penerbitan dokumen kependudukan di balai desa.",
              null,
              List.of("S1.P1.K2")),
          new Kind(
              "Bimbingan perkawinan bagi calon pengantin",
              "KEMENAG",
              FamilyFunction.RELIGIOUS,
              Set.of(TargetGroup.TEENAGERS, TargetGroup.COUPLES_OF_REPRODUCTIVE_AGE),
              "Bimbingan perkawinan oleh penyuluh agama KUA kecamatan.",
              null,
              List.of("S2.P1.K8")),
          new Kind(
              "Pengajian keluarga tentang ketahanan keluarga",
              "KEMENAG",
              FamilyFunction.RELIGIOUS,
              Set.of(TargetGroup.FAMILIES),
              "Penyuluhan agama tentang peran orang tua dan keharmonisan keluarga.",
              null,
              List.of("S2.P1.K9")),
          new Kind(
              "Penyuluhan bahaya narkoba bagi remaja",
              "BNNP",
              FamilyFunction.PROTECTION,
              Set.of(TargetGroup.TEENAGERS, TargetGroup.FAMILIES_WITH_TEENS),
              "Penyuluhan pencegahan penyalahgunaan narkoba di PIK Remaja desa.",
              null,
              List.of()),
          new Kind(
              "Pembangunan jamban sehat bagi keluarga prasejahtera",
              "DISPERKIM",
              FamilyFunction.ENVIRONMENT,
              Set.of(TargetGroup.POOR_FAMILIES),
              "Bantuan bahan bangunan jamban sehat dengan gotong royong warga.",
              "Berkurangnya keluarga yang buang air besar sembarangan.",
              List.of("S4.P1.K1")),
          new Kind(
              "Penanaman pohon dan tanaman obat keluarga",
              "DLH",
              FamilyFunction.ENVIRONMENT,
              Set.of(TargetGroup.COMMUNITY),
              "Pembagian bibit pohon pelindung dan tanaman obat keluarga.",
              null,
              List.of()),
          new Kind(
              "Bantuan benih ikan dan pakan untuk kolam keluarga",
              "DKP",
              FamilyFunction.ECONOMY,
              Set.of(TargetGroup.FAMILIES),
              "Benih ikan lele dan pakan bagi keluarga yang memiliki kolam pekarangan.",
              null,
              List.of("S3.P5.K10")),
          new Kind(
              "Pekarangan pangan lestari",
              "DKPANGAN",
              FamilyFunction.ECONOMY,
              Set.of(TargetGroup.WOMEN, TargetGroup.FAMILIES),
              "Pemanfaatan pekarangan untuk sayuran dan bibit bagi kelompok wanita tani.",
              null,
              List.of()),
          new Kind(
              "Pelatihan kader BKB tentang pengasuhan anak",
              "DPPPA",
              FamilyFunction.EDUCATION,
              Set.of(TargetGroup.CADRES, TargetGroup.FAMILIES_WITH_TODDLERS),
              "Pelatihan pengasuhan anak usia dini bagi kader Bina Keluarga Balita.",
              null,
              List.of("S2.P1.K3")),
          new Kind(
              "Sosialisasi pencegahan kekerasan terhadap perempuan dan anak",
              "DPPPA",
              FamilyFunction.PROTECTION,
              Set.of(TargetGroup.WOMEN, TargetGroup.FAMILIES),
              "Sosialisasi perlindungan perempuan dan anak serta layanan pengaduan.",
              null,
              List.of("S2.P1.K10")),
          new Kind(
              "Pendataan keluarga miskin untuk jaminan kesehatan PBI",
              "BPJS_KES",
              FamilyFunction.PROTECTION,
              Set.of(TargetGroup.POOR_FAMILIES),
              "Pendataan dan pendaftaran keluarga miskin sebagai peserta PBI.",
              null,
              List.of("S3.P4.K3")),
          new Kind(
              "Pojok baca keluarga dan kelas literasi",
              "DISPUSIP",
              FamilyFunction.EDUCATION,
              Set.of(TargetGroup.FAMILIES, TargetGroup.TEENAGERS),
              "Bantuan buku bacaan dan kelas literasi bagi keluarga dan remaja.",
              null,
              List.of("S3.P3.K6")),
          new Kind(
              "Senam dan pemeriksaan kesehatan lansia",
              "TP_PKK",
              FamilyFunction.LOVE_AND_AFFECTION,
              Set.of(TargetGroup.FAMILIES_WITH_ELDERLY),
              "Senam lansia bulanan bersama kelompok Bina Keluarga Lansia.",
              null,
              List.of("S2.P1.K5")),
          new Kind(
              "Dapur sehat pengolahan pangan lokal untuk keluarga berisiko stunting",
              "TP_PKK",
              FamilyFunction.LOVE_AND_AFFECTION,
              Set.of(TargetGroup.FAMILIES_WITH_TODDLERS, TargetGroup.WOMEN),
              "Demo masak menu bergizi dari bahan pangan lokal.",
              null,
              List.of("S3.P2.K15")),
          new Kind(
              "Zakat produktif bagi keluarga prasejahtera",
              "BAZNAS",
              FamilyFunction.ECONOMY,
              Set.of(TargetGroup.POOR_FAMILIES),
              "Bantuan modal usaha dari dana zakat produktif.",
              null,
              List.of()),
          new Kind(
              "Bantuan ternak kambing untuk kelompok tani",
              "DISNAKKESWAN",
              FamilyFunction.ECONOMY,
              Set.of(TargetGroup.FAMILIES),
              "Bantuan kambing dan pendampingan pemeliharaan oleh petugas peternakan.",
              null,
              List.of()),
          new Kind(
              "Lomba olahraga dan kreativitas remaja desa",
              "DISPORA",
              FamilyFunction.SOCIO_CULTURAL,
              Set.of(TargetGroup.TEENAGERS),
              "Lomba olahraga dan seni remaja bersama PIK Remaja.",
              null,
              List.of("S3.P3.K7")));

  private DemoInterventionKinds() {}
}
