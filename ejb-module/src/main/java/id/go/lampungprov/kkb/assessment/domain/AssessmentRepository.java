package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.registration.domain.KampungKb;
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

  List<Assessment> of(KampungKb kampungKb);

  void add(Assessment assessment);

  void add(CoeDesignation designation);

  List<CoeDesignation> designations(String regionCode);

  void flush();
}
