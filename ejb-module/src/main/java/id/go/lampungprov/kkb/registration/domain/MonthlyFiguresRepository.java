package id.go.lampungprov.kkb.registration.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MonthlyFiguresRepository {

  List<MonthlyFigures> of(KampungKb kampungKb);

  /**
   * The figures of these Kampung KB (by id) for the months {@code from} to {@code to}, by Kampung
   * KB and month: what the quality rules compare a month with.
   */
  List<MonthlyFigures> within(Collection<Long> kampungKbIds, YearMonth from, YearMonth to);

  /**
   * The ids of the Kampung KB whose village code starts with {@code prefix} that reported {@code
   * period}, by village code.
   */
  List<Long> reportedIn(String prefix, YearMonth period);

  Optional<MonthlyFigures> find(KampungKb kampungKb, YearMonth period);

  void add(MonthlyFigures figures);

  void flush();
}
