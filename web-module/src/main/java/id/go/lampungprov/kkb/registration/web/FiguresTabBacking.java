package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.registration.facade.FiguresDto;
import id.go.lampungprov.kkb.registration.facade.FiguresFacade;
import id.go.lampungprov.kkb.registration.facade.FiguresRequest;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The monthly figures form: one input per count of {@link FiguresRequest}, named like the request's
 * field so a consistency rule the service refuses lands next to its field ({@code users} and {@code
 * nonUsers} have a place of their own under the method counts).
 */
@Named("figuresTab")
@ViewScoped
public class FiguresTabBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "tabs:figures";

  /** The counts in the request's order: the order of the paper form. */
  public static final List<String> COUNTS =
      Arrays.stream(FiguresRequest.class.getFields())
          .filter(f -> f.getType() == Integer.class && !Modifier.isStatic(f.getModifiers()))
          .map(Field::getName)
          .toList();

  private static final Set<String> FIELDS = fields();

  @Inject private FiguresFacade figures;
  @Inject private KampungKbDetailBacking detail;

  private String period;
  private final HashMap<String, Integer> values = new HashMap<>();

  /** The typed month's lock, shown beside the field with the counts disabled; null while open. */
  private String lockMessage;

  /**
   * The month typed: when it is approved and locked, says so beside the field and disables the
   * counts (saving would be refused with 409 period-locked anyway).
   */
  public void checkLock() {
    boolean wasLocked = isLocked();
    lockMessage =
        figures
            .lockOf(detail.getKampungKbId(), period)
            .map(
                lock ->
                    MessageFormat.format(
                        FormMessages.text(
                            "figures.locked",
                            "The figures of {0} in regency {1} are approved and locked."),
                        lock.period().toString(),
                        lock.regency().value(),
                        lock.approvedBy()))
            .orElse(null);
    // The form is drawn again only when the lock changes: while the month is open, the counts
    // being typed stay as they are.
    if (wasLocked != isLocked()) {
      PrimeFaces.current().ajax().update(FORM);
    }
  }

  public boolean isLocked() {
    return lockMessage != null;
  }

  public String getLockMessage() {
    return lockMessage;
  }

  public void report() {
    FiguresRequest r = new FiguresRequest();
    try {
      for (String name : COUNTS) {
        FiguresRequest.class.getField(name).set(r, values.get(name));
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    boolean valid = FormMessages.validate(FORM, r);
    if (period == null || period.isBlank()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              FORM + ":period",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  FormMessages.text("validation.required", "Required."),
                  null));
      valid = false;
    }
    if (!valid) {
      return;
    }
    checkLock();
    if (isLocked()) {
      return;
    }
    try {
      String month = period.strip();
      // The month's version as this page showed it, like If-Match on the API: a month changed since
      // is refused as stale, and one reported since the page was opened is not overwritten unseen.
      Long shown =
          detail.getFigures().stream()
              .filter(f -> f.period().equals(month))
              .map(FiguresDto::version)
              .findFirst()
              .orElse(null);
      figures.report(detail.getKampungKbId(), month, shown, shown == null, r);
      values.clear();
      detail.refresh();
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, FormMessages.text("figures.saved", "Saved."), null));
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
    }
  }

  private static Set<String> fields() {
    Set<String> fields = new HashSet<>(COUNTS);
    fields.addAll(Set.of("period", "users", "nonUsers", "version"));
    return Set.copyOf(fields);
  }

  public List<String> getCounts() {
    return COUNTS;
  }

  public Map<String, Integer> getValues() {
    return values;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
