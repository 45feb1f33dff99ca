package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.registration.application.FiguresService;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.LockedPeriod;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FiguresFacade {

  @EJB private FiguresService service;

  public List<FiguresDto> history(long kampungKbId) {
    return service.history(kampungKbId).stream().map(FiguresFacade::dto).toList();
  }

  /**
   * The newest {@code latest} months of the history, oldest first (null: all), as the figures tab
   * shows the latest twelve.
   */
  public List<FiguresDto> history(long kampungKbId, Integer latest) {
    List<FiguresDto> all = history(kampungKbId);
    if (latest == null) {
      return all;
    }
    if (latest < 1) {
      throw new InvalidInputException("latest", "min", "latest must be 1 or more");
    }
    return all.subList(Math.max(0, all.size() - latest), all.size());
  }

  /** From the staff page: the version in the request, if any, is checked. */
  public FiguresDto report(long kampungKbId, String period, Long ifMatchVersion, FiguresRequest r) {
    return report(kampungKbId, period, ifMatchVersion, false, r);
  }

  /**
   * @param onlyNew no If-Match came: a month not yet reported is recorded, a reported one is not
   *     replaced (428)
   */
  public FiguresDto report(
      long kampungKbId, String period, Long ifMatchVersion, boolean onlyNew, FiguresRequest r) {
    Figures figures =
        new Figures(
            r.families,
            r.pus,
            r.teenagers,
            r.familiesWithToddlers,
            r.familiesWithTeens,
            r.familiesWithElderly,
            r.bkbParticipants,
            r.bkrParticipants,
            r.bklParticipants,
            r.uppkaParticipants,
            r.pikrParticipants,
            r.usersIud,
            r.usersMow,
            r.usersMop,
            r.usersCondom,
            r.usersImplant,
            r.usersInjectable,
            r.usersPill,
            r.nonUsersPregnant,
            r.nonUsersWantChildSoon,
            r.nonUsersIat,
            r.nonUsersTial,
            r.bpjsUsers);
    Long expected = ifMatchVersion != null ? ifMatchVersion : r.version;
    return dto(service.report(kampungKbId, period(period), figures, expected, onlyNew));
  }

  /**
   * The lock of a month of the Kampung KB, when it is approved; empty while open or when the text
   * is no month (the form checks it on saving).
   */
  public Optional<LockedPeriod> lockOf(long kampungKbId, String period) {
    YearMonth month;
    try {
      month = YearMonth.parse(period == null ? "" : period.strip());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return service.lockOf(kampungKbId, month);
  }

  static YearMonth period(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException(
          "period", "year-month", "period must be a month yyyy-mm, e.g. 2020-06");
    }
  }

  static FiguresDto dto(MonthlyFigures m) {
    Figures f = m.figures();
    return new FiguresDto(
        m.period().toString(),
        f,
        f.users(),
        f.cpr().orElse(null),
        f.mkjpShare().orElse(null),
        f.unmetNeed().orElse(null),
        f.cpr().isPresent(),
        f.unmetNeed().isPresent(),
        m.reportedAt().orElse(null),
        m.version());
  }
}
