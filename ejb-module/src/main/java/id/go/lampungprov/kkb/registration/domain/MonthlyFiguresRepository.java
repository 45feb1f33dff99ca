package id.go.lampungprov.kkb.registration.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

public interface MonthlyFiguresRepository {

  List<MonthlyFigures> of(KampungKb kampungKb);

  Optional<MonthlyFigures> find(KampungKb kampungKb, YearMonth period);

  void add(MonthlyFigures figures);

  void flush();
}
