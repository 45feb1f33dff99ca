package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.AssessmentRepository;
import id.go.lampungprov.kkb.assessment.domain.Instrument;
import id.go.lampungprov.kkb.assessment.domain.InstrumentIndicator;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Assessment instruments: drafts, publication (then immutable), new revisions. */
@Stateless
@RolesAllowed(Role.Names.PROVINCE_OFFICER)
public class InstrumentService {

  @Inject private AssessmentRepository repository;

  @RolesAllowed(Role.Names.STAFF)
  public List<Instrument> list() {
    return repository.instruments();
  }

  @RolesAllowed(Role.Names.STAFF)
  public Instrument get(long id) {
    return repository
        .findInstrument(id)
        .orElseThrow(() -> new EntityNotFoundException("Instrument", String.valueOf(id)));
  }

  public Instrument create(
      String code, String title, List<InstrumentIndicator> indicators, int[] bands) {
    Instrument instrument =
        new Instrument(
            code,
            repository.latestRevision(code == null ? "" : code) + 1,
            title,
            indicators,
            bands,
            now());
    repository.add(instrument);
    return instrument;
  }

  public Instrument change(
      long id,
      Long expectedVersion,
      String title,
      List<InstrumentIndicator> indicators,
      int[] bands) {
    Instrument instrument = get(id);
    StaleVersionException.check(expectedVersion, instrument.version(), "instrument " + id);
    instrument.change(title, indicators, bands);
    repository.flush();
    return instrument;
  }

  public Instrument publish(long id) {
    Instrument instrument = get(id);
    instrument.publish();
    repository.flush();
    return instrument;
  }

  /** A draft copy of an instrument as its next revision, to edit and publish. */
  public Instrument newRevision(long id) {
    Instrument source = get(id);
    Instrument next = source.nextRevision(now());
    if (repository.latestRevision(source.code()) >= next.revision()) {
      throw new id.go.lampungprov.kkb.shared.domain.ConflictException(
          "revision", "newer-exists", "a newer revision of " + source.code() + " exists");
    }
    repository.add(next);
    return next;
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneId.of("Asia/Jakarta"));
  }
}
