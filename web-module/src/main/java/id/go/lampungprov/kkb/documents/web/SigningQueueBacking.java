package id.go.lampungprov.kkb.documents.web;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.SigningQueueFacade;
import id.go.lampungprov.kkb.shared.domain.FieldRuleException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * "Antrean tanda tangan": the documents awaiting the signatory's BSrE signature; several chosen,
 * the passphrase typed once, signed. The passphrase lives for the one request and is never shown
 * again.
 */
@Named
@ViewScoped
public class SigningQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SigningQueueFacade queue;

  private List<DocumentDto> documents = List.of();
  private final Map<String, Boolean> selected = new HashMap<>();
  private transient String passphrase;
  private SigningQueueFacade.ResultDto result;
  private final Map<String, String> numbers = new HashMap<>();

  @PostConstruct
  void init() {
    reload();
  }

  private void reload() {
    documents = queue.mine();
    documents.forEach(d -> numbers.put(d.id(), d.number()));
    selected.keySet().retainAll(documents.stream().map(DocumentDto::id).toList());
  }

  public void sign() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    boolean english =
        faces.getViewRoot().getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    SigningQueueFacade.SigningRequest request = new SigningQueueFacade.SigningRequest();
    request.documentIds =
        documents.stream()
            .map(DocumentDto::id)
            .filter(id -> selected.getOrDefault(id, false))
            .toList();
    request.passphrase = passphrase;
    passphrase = null;
    result = null;
    try {
      result = queue.sign(request);
      faces.addMessage(
          null,
          new FacesMessage(
              result.stoppedBy() == null && result.failed() == 0
                  ? FacesMessage.SEVERITY_INFO
                  : FacesMessage.SEVERITY_ERROR,
              english ? result.messageEn() : result.message(),
              null));
    } catch (FieldRuleException e) {
      // The page's own wording where it has one (e.g. "choose a document"), else the rule's.
      String key = "signing.rule." + e.rule();
      String rule = "rule." + e.rule();
      String text =
          msg.containsKey(key)
              ? msg.getString(key)
              : msg.containsKey(rule) ? msg.getString(rule) : e.getMessage();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
    reload();
  }

  /** The number a document had in the queue, for the results of a batch. */
  public String numberOf(String id) {
    return numbers.getOrDefault(id, id);
  }

  public List<DocumentDto> getDocuments() {
    return documents;
  }

  public Map<String, Boolean> getSelected() {
    return selected;
  }

  public String getPassphrase() {
    return null;
  }

  public void setPassphrase(String passphrase) {
    this.passphrase = passphrase;
  }

  public SigningQueueFacade.ResultDto getResult() {
    return result;
  }

  public boolean isGatewayConfigured() {
    return queue.gatewayConfigured();
  }
}
