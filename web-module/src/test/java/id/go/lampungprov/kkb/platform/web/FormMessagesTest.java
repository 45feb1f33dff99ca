package id.go.lampungprov.kkb.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.lampungprov.kkb.security.facade.AccountDetails;
import id.go.lampungprov.kkb.security.facade.AccountRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormMessagesTest {

  @Test
  void aFormsFieldsAreItsRequestsPublicFieldsInheritedOnesIncluded() {
    assertEquals(
        Set.of("username", "fullName", "nip", "email", "role", "scope", "temporaryPassword"),
        FormMessages.fieldsOf(AccountRequest.class));
    assertEquals(
        Set.of("fullName", "nip", "email", "role", "scope"),
        FormMessages.fieldsOf(AccountDetails.class));
  }
}
