package id.go.lampungprov.kkb.assessment.web;

import id.go.lampungprov.kkb.assessment.domain.ClassificationNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** A classification note in the page's language: {@code #{classificationNotes.text(i.note())}}. */
@Named
@ApplicationScoped
public class ClassificationNotes {

  public String text(String note) {
    return ClassificationNote.text(
        note, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
