package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.Decree;
import id.go.lampungprov.kkb.registration.domain.DecreeRepository;
import id.go.lampungprov.kkb.registration.domain.DecreeSubject;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Decrees (SK) forming Pokja or declaring Kampung KB, one decree possibly covering many. */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class DecreeService {

  /** What staff type about a decree. */
  public record DecreeData(
      String number,
      LocalDate date,
      RegionCode issuerRegion,
      String signerName,
      String signerPosition,
      DecreeSubject subject,
      List<Long> kampungKbIds) {}

  @Inject private DecreeRepository decrees;
  @Inject private ScopeGuard scopeGuard;
  @EJB private KampungKbService registry;
  @EJB private RegionService regions;
  @Inject private FileStore files;

  public Decree register(DecreeData data) {
    if (regions.findRegion(data.issuerRegion()).isEmpty()) {
      throw new InvalidInputException(
          "issuerRegion", "unknown-region", "no region " + data.issuerRegion() + " is loaded");
    }
    // A regency operator records its regent's decrees, not the governor's.
    scopeGuard.checkWrite(data.issuerRegion());
    if (data.number() != null
        && decrees.findByNumber(data.issuerRegion(), data.number()).isPresent()) {
      throw new ConflictException(
          "number", "decree " + data.number() + " of this issuer is already registered");
    }
    List<KampungKb> covers =
        data.kampungKbIds() == null
            ? List.of()
            : data.kampungKbIds().stream().distinct().map(registry::get).toList();
    Decree decree =
        new Decree(
            data.number(),
            data.date(),
            data.issuerRegion(),
            data.signerName(),
            data.signerPosition(),
            data.subject(),
            covers,
            Instant.now());
    decrees.add(decree);
    return decree;
  }

  @RolesAllowed(Role.Names.STAFF)
  public Decree get(long id) {
    Decree decree =
        decrees
            .find(id)
            .orElseThrow(() -> new EntityNotFoundException("Decree", String.valueOf(id)));
    // Visible if any Kampung KB it covers is: a regent's decree shows in each of its villages.
    boolean visible =
        decree.covered().stream().anyMatch(k -> scopeGuard.scope().covers(k.village()))
            || scopeGuard.scope().covers(decree.issuerRegion());
    if (!visible) {
      throw new EntityNotFoundException("Decree", String.valueOf(id));
    }
    return decree;
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<Decree> covering(long kampungKbId) {
    return decrees.covering(registry.get(kampungKbId));
  }

  /** Attaches the scanned decree (PDF); a file that is not a PDF is refused. */
  public Decree attachDocument(long id, byte[] data, String contentType) {
    Decree decree = get(id);
    scopeGuard.checkWrite(decree.issuerRegion());
    StoredFile scan = files.store(UploadPolicy.pdf("document"), data, contentType);
    java.util.Optional<StoredFile> replaced = decree.attachDocument(scan);
    decrees.flush();
    replaced.ifPresent(files::remove);
    return decree;
  }

  @RolesAllowed(Role.Names.STAFF)
  public byte[] document(long id) {
    Decree decree = get(id);
    return decree
        .document()
        .flatMap(files::content)
        .orElseThrow(() -> new EntityNotFoundException("DecreeDocument", String.valueOf(id)));
  }
}
