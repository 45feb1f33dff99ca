package id.go.lampungprov.kkb.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditActionTest {

  @Test
  void changesMoveTheDataVersionAndLoginsAndReadsDoNot() {
    assertEquals(
        EnumSet.of(
            AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE, AuditAction.TRANSITION),
        Arrays.stream(AuditAction.values())
            .filter(AuditAction::changesData)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuditAction.class))));
  }
}
