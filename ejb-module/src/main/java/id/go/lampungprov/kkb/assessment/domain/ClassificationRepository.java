package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.registration.domain.KampungKb;
import java.util.List;
import java.util.Optional;

public interface ClassificationRepository {

  Optional<Classification> current(KampungKb kampungKb);

  List<Classification> history(KampungKb kampungKb);

  /**
   * Current classes of the active Kampung KB within the region (the empty string: everywhere):
   * village code → class, null when not classified yet.
   */
  List<Object[]> currentClasses(String regionCode);

  /**
   * Which months of figures the current classifications of the active Kampung KB within the region
   * rest on, counted per regency: regency code, month ({@code yyyy-MM}; null when a Kampung KB is
   * not classified or its classification used no monthly figures), number of Kampung KB.
   */
  List<Object[]> currentPeriods(String regionCode);

  /** Active Kampung KB without a current classification. */
  List<KampungKb> unclassified();

  void add(Classification classification);

  void flush();
}
