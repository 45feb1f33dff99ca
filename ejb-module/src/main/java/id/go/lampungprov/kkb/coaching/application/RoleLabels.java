package id.go.lampungprov.kkb.coaching.application;

import id.go.lampungprov.kkb.registration.domain.CadreType;
import id.go.lampungprov.kkb.registration.domain.PokjaRole;

/** How positions read on an attendance list ("Jabatan/Instansi"), in Bahasa Indonesia. */
public final class RoleLabels {

  private RoleLabels() {}

  public static String of(PokjaRole role) {
    return switch (role) {
      case PATRON -> "Pelindung Pokja";
      case ADVISER -> "Penasihat Pokja";
      case CHAIR -> "Ketua Pokja";
      case SECRETARY -> "Sekretaris Pokja";
      case TREASURER -> "Bendahara Pokja";
      case SECTION_RELIGIOUS -> "Seksi Fungsi Keagamaan";
      case SECTION_SOCIO_CULTURAL -> "Seksi Fungsi Sosial Budaya";
      case SECTION_LOVE_AND_AFFECTION -> "Seksi Fungsi Cinta Kasih";
      case SECTION_PROTECTION -> "Seksi Fungsi Perlindungan";
      case SECTION_REPRODUCTION -> "Seksi Fungsi Reproduksi";
      case SECTION_EDUCATION -> "Seksi Fungsi Sosialisasi dan Pendidikan";
      case SECTION_ECONOMY -> "Seksi Fungsi Ekonomi";
      case SECTION_ENVIRONMENT -> "Seksi Fungsi Pembinaan Lingkungan";
    };
  }

  public static String of(CadreType type) {
    return switch (type) {
      case PPKBD -> "PPKBD";
      case SUB_PPKBD -> "Sub-PPKBD";
      case POKTAN_BKB -> "Kader BKB";
      case POKTAN_BKR -> "Kader BKR";
      case POKTAN_BKL -> "Kader BKL";
      case POKTAN_UPPKA -> "Kader UPPKA";
      case POKTAN_PIK_R -> "Kader PIK-R";
      case DATA_CADRE -> "Kader Data";
    };
  }
}
