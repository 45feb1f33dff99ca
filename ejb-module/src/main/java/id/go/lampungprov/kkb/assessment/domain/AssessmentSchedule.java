package id.go.lampungprov.kkb.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** When the jury reviews papers, interviews and visits the village. */
@Embeddable
public class AssessmentSchedule {

  @Column(name = "paper_review_date")
  private LocalDate paperReview;

  @Column(name = "interview_date")
  private LocalDate interview;

  @Column(name = "field_visit_date")
  private LocalDate fieldVisit;

  protected AssessmentSchedule() {
    // for JPA
  }

  public AssessmentSchedule(LocalDate paperReview, LocalDate interview, LocalDate fieldVisit) {
    this.paperReview = paperReview;
    this.interview = interview;
    this.fieldVisit = fieldVisit;
  }

  public LocalDate paperReview() {
    return paperReview;
  }

  public LocalDate interview() {
    return interview;
  }

  public LocalDate fieldVisit() {
    return fieldVisit;
  }
}
