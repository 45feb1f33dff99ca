package id.go.lampungprov.kkb.documents.web;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.IssuerDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.IssuerRequest;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.SignatoryDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.SignatoryRequest;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The administrators' page for issuers: letterhead lines, the numbering template, the default
 * signatory, the logo, the officials who may sign, and who signs which kind of document.
 */
@Named
@ViewScoped
public class IssuersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<String> ISSUER_FIELDS = FormMessages.fieldsOf(IssuerRequest.class);
  private static final Set<String> SIGNATORY_FIELDS = FormMessages.fieldsOf(SignatoryRequest.class);

  @Inject private DocumentFacade documents;

  private String code;
  private Long version;
  private boolean hasLogo;

  /** The forms fill the requests the facade takes (see PublicFieldELResolver). */
  private IssuerRequest issuer = new IssuerRequest();

  private SignatoryRequest signatory = new SignatoryRequest();
  private final Map<String, Long> assignments = new LinkedHashMap<>();
  private transient Part logo;

  /** Opens the first issuer unless the page names one. */
  public void load() {
    List<IssuerDto> all = documents.issuers();
    IssuerDto chosen =
        all.stream()
            .filter(i -> i.code().equals(code))
            .findFirst()
            .orElse(all.isEmpty() ? null : all.get(0));
    if (chosen != null) {
      show(chosen);
    }
  }

  private void show(IssuerDto d) {
    code = d.code();
    version = d.version();
    hasLogo = d.hasLogo();
    issuer = new IssuerRequest();
    issuer.line1 = d.line1();
    issuer.line2 = d.line2();
    issuer.address = d.address();
    issuer.numberTemplate = d.numberTemplate();
    issuer.unitCode = d.unitCode();
    issuer.signatoryName = d.signatoryName();
    issuer.signatoryPosition = d.signatoryPosition();
    issuer.signatoryRank = d.signatoryRank();
    issuer.signatoryNip = d.signatoryNip();
    issuer.place = d.place();
    assignments.clear();
    for (String type : getDocumentTypes()) {
      assignments.put(type, d.signatoriesByType().get(type));
    }
  }

  public void save() {
    if (!FormMessages.validate("issuer", issuer)) {
      return;
    }
    try {
      show(documents.changeIssuer(code, version, issuer));
      FormMessages.info(FormMessages.text("issuers.saved", "Tersimpan"));
    } catch (BusinessException e) {
      FormMessages.show("issuer", ISSUER_FIELDS, e);
    }
  }

  public void uploadLogo() {
    try {
      if (logo == null || logo.getSize() == 0) {
        throw new InvalidInputException("logo", "required", "choose a PNG or JPEG file");
      }
      byte[] image;
      try (InputStream in = logo.getInputStream()) {
        image = Uploads.read(in, UploadPolicy.photo("logo").maxBytes(), "logo");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      show(documents.changeLogo(code, image, logo.getContentType()));
      FormMessages.info(FormMessages.text("issuers.logo.saved", "Logo diganti"));
    } catch (BusinessException e) {
      FormMessages.show("logoForm", Set.of("logo"), e);
    }
  }

  public void addSignatory() {
    if (!FormMessages.validate("signatory", signatory)) {
      return;
    }
    try {
      documents.addSignatory(code, signatory);
      signatory = new SignatoryRequest();
      FormMessages.info(FormMessages.text("issuers.signatory.added", "Penanda tangan ditambahkan"));
    } catch (BusinessException e) {
      FormMessages.show("signatory", SIGNATORY_FIELDS, e);
    }
  }

  /** Saves who signs each document type; an empty choice falls back to the issuer's default. */
  public void saveAssignments() {
    try {
      Map<String, Long> current =
          documents.issuers().stream()
              .filter(i -> i.code().equals(code))
              .findFirst()
              .map(IssuerDto::signatoriesByType)
              .orElse(Map.of());
      IssuerDto last = null;
      for (Map.Entry<String, Long> e : assignments.entrySet()) {
        if (!Objects.equals(current.get(e.getKey()), e.getValue())) {
          last = documents.assignSignatory(code, e.getKey(), e.getValue());
        }
      }
      if (last != null) {
        show(last);
      }
      FormMessages.info(FormMessages.text("issuers.saved", "Tersimpan"));
    } catch (BusinessException e) {
      FormMessages.show("assignments", Set.of(), e);
    }
  }

  public String getNumberExample() {
    return documents.numberExample(issuer.numberTemplate, issuer.unitCode);
  }

  public List<IssuerDto> getIssuers() {
    return documents.issuers();
  }

  public List<SignatoryDto> getSignatories() {
    return code == null ? List.of() : documents.signatories(code);
  }

  public List<String> getDocumentTypes() {
    return documents.documentTypes();
  }

  public IssuerRequest getIssuer() {
    return issuer;
  }

  public SignatoryRequest getSignatory() {
    return signatory;
  }

  public Map<String, Long> getAssignments() {
    return assignments;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isHasLogo() {
    return hasLogo;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }
}
