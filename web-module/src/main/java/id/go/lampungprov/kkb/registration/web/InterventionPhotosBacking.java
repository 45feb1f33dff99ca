package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.platform.web.Pages;
import id.go.lampungprov.kkb.registration.facade.InterventionDtos.InterventionDto;
import id.go.lampungprov.kkb.registration.facade.InterventionFacade;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One intervention's before/after photos: shown as thumbnails, uploaded, removed. A page of its own
 * rather than a tab: a file upload is a full multipart postback, which a dynamic tab view does not
 * carry back to its forms.
 */
@Named("interventionPhotos")
@ViewScoped
public class InterventionPhotosBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "photoForm";
  private static final String PHOTOS = "photos";
  private static final Set<String> FIELDS = Set.of("photo", "stage", "caption");

  @Inject private InterventionFacade interventions;

  private String id;
  private long interventionId;
  private transient InterventionDto intervention;

  /** Per photo id, whether it shows on the public portal: the checkboxes' values. */
  private final HashMap<Long, Boolean> shown = new HashMap<>();

  private String stage = "BEFORE";
  private String caption;
  private transient Part photo;

  /** Unknown, malformed or outside the user's scope → the 404 page. */
  public void load() throws IOException {
    intervention =
        Pages.found("Intervention", id, interventions::get, "Intervensi tidak ditemukan");
    interventionId = intervention == null ? 0 : intervention.id();
    readShown();
  }

  public InterventionDto getIntervention() {
    if (intervention == null && interventionId > 0) {
      intervention = interventions.get(interventionId);
    }
    return intervention;
  }

  public void upload() {
    try {
      if (photo == null || photo.getSize() == 0) {
        throw new InvalidInputException("photo", "required", "choose a JPEG or PNG file");
      }
      byte[] data;
      try (InputStream in = photo.getInputStream()) {
        data = Uploads.read(in, UploadPolicy.photo("photo").maxBytes(), "photo");
      } catch (IOException e) {
        throw new InvalidInputException("photo", "unreadable", "the file could not be read");
      }
      interventions.addPhoto(interventionId, stage, caption, data, photo.getContentType());
      caption = null;
      intervention = null;
      readShown();
      FormMessages.info(FormMessages.text("intervention.photoAdded", "Foto disimpan."));
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
    }
  }

  /**
   * The checkbox "Tampilkan di portal publik": shows the photo on the public portal or takes it
   * off, through the same service and rules as {@code PUT/DELETE
   * /api/interventions/{id}/photos/{photoId} /public} (staff who may change the Kampung KB).
   */
  public void publish(long photoId) {
    boolean show = Boolean.TRUE.equals(shown.get(photoId));
    try {
      interventions.publishPhoto(interventionId, photoId, show);
      FormMessages.info(
          show
              ? FormMessages.text("photo.published", "Foto tampil di portal publik.")
              : FormMessages.text("photo.unpublished", "Foto tidak lagi tampil di portal publik."));
    } catch (BusinessException e) {
      FormMessages.show(PHOTOS, Set.of(), e);
    }
    intervention = null;
    readShown();
  }

  /** The checkboxes as stored, after a load or a change. */
  private void readShown() {
    shown.clear();
    InterventionDto current = getIntervention();
    if (current != null) {
      current.photos().forEach(p -> shown.put(p.id(), p.publicPhoto()));
    }
  }

  public Map<Long, Boolean> getShown() {
    return shown;
  }

  public void remove(long photoId) {
    try {
      interventions.removePhoto(interventionId, photoId);
      intervention = null;
      readShown();
      FormMessages.info(FormMessages.text("intervention.photoRemoved", "Foto dihapus."));
    } catch (BusinessException e) {
      FormMessages.show(FORM, FIELDS, e);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }
}
