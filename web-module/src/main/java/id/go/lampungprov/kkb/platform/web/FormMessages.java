package id.go.lampungprov.kkb.platform.web;

import id.go.lampungprov.kkb.shared.domain.BusinessException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PreconditionRequiredException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts a rule the server refused next to the field it concerns, in the user's language: the rule's
 * text from the {@code msg} bundle ({@code rule.<field>.<rule>}, else {@code rule.<rule>}), else
 * the service's own words. Forms validate their request objects with Bean Validation the same way
 * before calling a facade.
 */
public final class FormMessages {

  /** Built on the first validation, so that the rest of this class needs no validation provider. */
  private static final class Checks {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  }

  private FormMessages() {}

  /**
   * Validates {@code request}; each violation goes next to {@code form:<property>}.
   *
   * @return whether the request is valid
   */
  public static boolean validate(String form, Object request) {
    Set<ConstraintViolation<Object>> violations = Checks.VALIDATOR.validate(request);
    for (ConstraintViolation<Object> v : violations) {
      String field = v.getPropertyPath().toString();
      Class<?> constraint = v.getConstraintDescriptor().getAnnotation().annotationType();
      String text;
      if (constraint == NotBlank.class || constraint == NotNull.class) {
        text = text("validation.required", v.getMessage());
      } else if (constraint == Size.class) {
        text =
            text("validation.size", v.getMessage())
                .replace(
                    "{max}",
                    String.valueOf(v.getConstraintDescriptor().getAttributes().get("max")));
      } else {
        text = v.getMessage();
      }
      error(form + ":" + field, text);
    }
    return violations.isEmpty();
  }

  /**
   * The fields of the request a form fills: the form has an input of each field's name, beside
   * which {@link #show} puts a refusal naming that field.
   */
  public static Set<String> fieldsOf(Class<?> request) {
    return Arrays.stream(request.getFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .map(Field::getName)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Shows a refusal of the service: next to its field when the form has one, else on top. */
  public static void show(String form, Set<String> fields, BusinessException e) {
    String field = null;
    String rule = null;
    if (e instanceof InvalidInputException i) {
      field = i.field();
      rule = i.rule();
    } else if (e instanceof ConflictException c) {
      field = c.field();
      rule = c.rule();
    } else if (e instanceof StaleVersionException || e instanceof PreconditionRequiredException) {
      // Either way the record changed (or appeared) since the page read it.
      rule = "stale-version";
    }
    String text =
        rule == null
            ? e.getMessage()
            : text("rule." + field + "." + rule, text("rule." + rule, e.getMessage()));
    error(field != null && fields.contains(field) ? form + ":" + field : null, text);
  }

  public static void info(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  public static String text(String key, String fallback) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  private static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
