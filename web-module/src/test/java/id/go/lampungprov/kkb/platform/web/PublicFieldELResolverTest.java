package id.go.lampungprov.kkb.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.security.facade.AccountUpdateRequest;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** The account page binds its edit form to the fields of the request the facade takes. */
class PublicFieldELResolverTest {

  private final PublicFieldELResolver resolver = new PublicFieldELResolver();

  @Test
  void readsAndWritesThePublicFieldsOfOurRequestsWithTheirTypes() {
    AccountUpdateRequest edit = new AccountUpdateRequest();
    ELContext context = new Context();
    resolver.setValue(context, edit, "fullName", "Siti Rahmawati");
    assertTrue(context.isPropertyResolved());
    assertEquals("Siti Rahmawati", edit.fullName);

    context = new Context();
    assertEquals("Siti Rahmawati", resolver.getValue(context, edit, "fullName"));
    assertTrue(context.isPropertyResolved());
    // The type lets Faces convert what a form posts, e.g. the version of a hidden input.
    assertEquals(Long.class, resolver.getType(new Context(), edit, "version"));
    assertEquals(Boolean.class, resolver.getType(new Context(), edit, "active"));
    assertFalse(resolver.isReadOnly(new Context(), edit, "scope"));
  }

  @Test
  void leavesEverythingElseToTheStandardResolvers() {
    ELContext context = new Context();
    assertNull(resolver.getValue(context, new AccountUpdateRequest(), "noSuchField"));
    assertFalse(context.isPropertyResolved());
    // Private fields stay private; other libraries' classes are not ours to open up.
    assertNull(resolver.getValue(context, new WithPrivateField(), "secret"));
    assertNull(resolver.getValue(context, new java.awt.Point(1, 2), "x"));
    assertNull(resolver.getValue(context, null, "fullName"));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void aFinalFieldIsReadOnly() {
    WithFinalField base = new WithFinalField();
    assertTrue(resolver.isReadOnly(new Context(), base, "code"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(new Context(), base, "code", "other"));
  }

  static class WithPrivateField {
    @SuppressWarnings("unused")
    private String secret = "s";
  }

  public static class WithFinalField {
    public final String code = "c";
  }

  /** The smallest context: resolution state only. */
  private static final class Context extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
