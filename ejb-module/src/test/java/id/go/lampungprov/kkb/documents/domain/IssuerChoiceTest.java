package id.go.lampungprov.kkb.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IssuerChoiceTest {

  private static Function<String, Optional<Issuer>> configured(String... codes) {
    Map<String, Issuer> issuers =
        Stream.of(codes).collect(Collectors.toMap(c -> c, IssuerChoiceTest::issuer));
    return code -> Optional.ofNullable(issuers.get(code));
  }

  private static Issuer issuer(String code) {
    return new Issuer() {
      @Override
      public String code() {
        return code;
      }
    };
  }

  @Test
  void theIssuerAskedForWhenConfiguredElseTheTypesElseTheProvinces() {
    var all = configured("DPPPA", "BKKBN", "OPD_KB_KAB");
    assertEquals(
        "OPD_KB_KAB", IssuerChoice.of(DocumentType.DAFTAR_HADIR, "OPD_KB_KAB", all).code());
    assertEquals("DPPPA", IssuerChoice.of(DocumentType.DAFTAR_HADIR, "DINKES", all).code());
    assertEquals("DPPPA", IssuerChoice.of(DocumentType.LAPORAN_KEGIATAN, null, all).code());
    assertEquals("BKKBN", IssuerChoice.of(DocumentType.PROFIL_KAMPUNG_KB, null, all).code());
    assertEquals("BKKBN", IssuerChoice.of(DocumentType.PROFIL_KAMPUNG_KB, " ", all).code());
    assertEquals(
        "DPPPA", IssuerChoice.of(DocumentType.PROFIL_KAMPUNG_KB, null, configured("DPPPA")).code());
    assertThrows(
        IllegalStateException.class,
        () -> IssuerChoice.of(DocumentType.REKAPITULASI_PROVINSI, "BKKBN", configured()));
  }

  @Test
  void anIssuerChosenByAUserMustExist() {
    var all = configured("DPPPA", "BKKBN");
    assertEquals(
        "BKKBN", IssuerChoice.chosen(DocumentType.REKAPITULASI_PROVINSI, "BKKBN", all).code());
    assertEquals("DPPPA", IssuerChoice.chosen(DocumentType.REKAPITULASI_PROVINSI, "", all).code());
    InvalidInputException unknown =
        assertThrows(
            InvalidInputException.class,
            () -> IssuerChoice.chosen(DocumentType.REKAPITULASI_PROVINSI, "NOPE", all));
    assertEquals("unknown-issuer", unknown.rule());
  }

  @Test
  void everyTypeHasAnArchiveCodeAndADefaultIssuer() {
    assertEquals(
        Set.of("000.1.2.3", "400.13"),
        Stream.of(DocumentType.values())
            .map(DocumentType::archiveCode)
            .collect(Collectors.toSet()));
    assertEquals("000.1.2.3", DocumentType.BERITA_ACARA_PENILAIAN.archiveCode());
    assertEquals("400.13", DocumentType.REKAPITULASI_PROVINSI.archiveCode());
    for (DocumentType t : DocumentType.values()) {
      assertEquals(t == DocumentType.PROFIL_KAMPUNG_KB ? "BKKBN" : "DPPPA", t.defaultIssuer());
    }
  }
}
