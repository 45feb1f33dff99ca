package id.go.lampungprov.kkb.documents.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DocumentFacadeTest {

  @Test
  void thePublicSeesACertificateByItsCommonNameOnly() {
    assertEquals(
        "Dra. Nama Pejabat",
        DocumentFacade.commonName(
            "SERIALNUMBER=1807040101800001,CN=Dra. Nama Pejabat,O=Pemerintah Provinsi Lampung,C=ID"));
    assertEquals(
        "Kampung KB DEVELOPMENT (self-signed\\, not BSrE)".replace("\\", ""),
        DocumentFacade.commonName(
            "C=ID,O=Dinas PPPA,CN=Kampung KB DEVELOPMENT (self-signed\\, not BSrE)"));
    assertNull(DocumentFacade.commonName(null));
    assertNull(DocumentFacade.commonName("not a name"));
  }
}
