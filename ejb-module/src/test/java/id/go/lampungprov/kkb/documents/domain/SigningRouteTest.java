package id.go.lampungprov.kkb.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SigningRouteTest {

  @Test
  void theSignatureParameterNamesARouteAndEachRouteItsFirstKind() {
    assertEquals(SigningRoute.INSTALLATION, SigningRoute.parse("signature", null));
    assertEquals(SigningRoute.INSTALLATION, SigningRoute.parse("signature", " "));
    assertEquals(SigningRoute.EXTERNAL, SigningRoute.parse("signature", "external"));
    assertEquals(SigningRoute.BSRE, SigningRoute.parse("signature", "bsre"));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> SigningRoute.parse("signature", "BSRE"));
    assertEquals("signature-kind", e.rule());
    assertTrue(e.getMessage().contains("installation, external, bsre"), e.getMessage());
    assertEquals(SignatureKind.AWAITING_BSRE, SigningRoute.BSRE.initialKind());
    assertTrue(SignatureKind.AWAITING_BSRE.awaiting());
    assertFalse(SignatureKind.BSRE.awaiting());
  }
}
