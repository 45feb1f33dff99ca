package id.go.lampungprov.kkb.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Id;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults entities rely on instead of writing the same overrides each. */
class AuditedEntityTest {

  /** Like Cadre and PokjaMember: the id is declared by a mapped superclass. */
  abstract static class Position extends AuditedEntity {
    @Id Long id;

    @Override
    public RegionCode auditRegion() {
      return regionOf(null);
    }
  }

  static class Cadre extends Position {
    String type = "PKB";
    String note;

    @Override
    protected Map<String, Object> auditState() {
      return auditFields("type", type).and("note", note).andAll(Map.of("extra", 7));
    }
  }

  static class Agency extends AuditedEntity {
    @Id private Long id;

    @Override
    public RegionCode auditRegion() {
      return regionOf("18.07");
    }

    @Override
    protected Map<String, Object> auditState() {
      return auditFields("code", "DPPPA");
    }
  }

  @Test
  void theTypeIsTheClassName() {
    assertEquals("Cadre", new Cadre().auditType());
    assertEquals("Agency", new Agency().auditType());
  }

  @Test
  void theIdIsTheIdFieldAsTextAndNullBeforeItIsWritten() {
    Cadre cadre = new Cadre();
    assertNull(cadre.auditId());
    cadre.id = 42L;
    assertEquals("42", cadre.auditId());
    Agency agency = new Agency();
    assertNull(agency.auditId());
    agency.id = 7L;
    assertEquals("7", agency.auditId());
  }

  @Test
  void fieldsKeepTheOrderTheyAreNamedInAndNullsPrintAsNull() {
    Map<String, String> state = new Cadre().currentAuditState();
    assertEquals(List.of("type", "note", "extra"), List.copyOf(state.keySet()));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("type", "PKB");
    expected.put("note", null);
    expected.put("extra", "7");
    assertEquals(expected, state);
  }

  @Test
  void aRegionCodeNamesItsRegionAndNoCodeNoRegion() {
    assertNull(new Cadre().auditRegion());
    assertEquals(RegionCode.of("18.07"), new Agency().auditRegion());
  }
}
