package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.List;
import java.util.Optional;

public interface AssessmentRepository {

  Optional<Instrument> findInstrument(long id);

  List<Instrument> instruments();

  int latestRevision(String code);

  void add(Instrument instrument);

  Optional<Assessment> find(long id);

  /** Assessments of Kampung KB within the region, newest first. */
  List<Assessment> within(String regionCode);

  /** One page of the assessments within the region that match, newest first. */
  Page<Assessment> search(String regionCode, AssessmentSearch search);

  /** The newest assessments within the region not yet approved, at most {@code max}. */
  List<Assessment> open(String regionCode, int max);

  List<Assessment> of(KampungKb kampungKb);

  void add(Assessment assessment);

  void add(CoeDesignation designation);

  List<CoeDesignation> designations(String regionCode);

  void flush();
}
