package id.go.lampungprov.kkb.monitoring.application.demo;

import id.go.lampungprov.kkb.monitoring.application.demo.DemoInterventionKinds.Kind;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryPlan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which demo Kampung KB had which cross-sector interventions, the same for the same seed: about a
 * fifth of them one to three each, on days within the demo's twelve months of figures (June 2019 –
 * May 2020), no kind twice in one Kampung KB. Sidodadi, the province model, has the two its
 * reference event of 5 June 2020 speaks of: a Dinas Sosial grant and Dinas Perdagangan's marketing
 * help (the packaging was still to be asked for).
 */
final class DemoInterventionPlan {

  /** Another seed than the registry's, so this plan does not move when that one is re-drawn. */
  static final long SEED = DemoRegistryPlan.SEED + 1;

  static final LocalDate FIRST = LocalDate.of(2019, 6, 1);
  static final LocalDate LAST = LocalDate.of(2020, 5, 31);

  /** One intervention to record in the Kampung KB of the village. */
  record Entry(String village, LocalDate date, Kind kind) {}

  private DemoInterventionPlan() {}

  static List<Entry> plan(List<DemoRegistryPlan.Entry> registry, long seed) {
    Random random = new Random(seed);
    int days = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    List<Entry> entries = new ArrayList<>();
    for (DemoRegistryPlan.Entry k : registry) {
      String village = k.village().value();
      if (village.equals(DemoRegistryPlan.SIDODADI)) {
        entries.add(new Entry(village, LocalDate.of(2019, 8, 14), DemoInterventionKinds.GRANT));
        entries.add(new Entry(village, LocalDate.of(2020, 2, 20), DemoInterventionKinds.MARKETING));
        continue;
      }
      if (random.nextInt(5) != 0) {
        continue;
      }
      List<Kind> kinds = new ArrayList<>(DemoInterventionKinds.ALL);
      Collections.shuffle(kinds, random);
      int count = 1 + random.nextInt(3);
      List<Entry> own = new ArrayList<>();
      for (Kind kind : kinds.subList(0, count)) {
        LocalDate date = FIRST.plusDays(random.nextInt(days));
        // Never before the declaration (the demo's last are declared by April 2019).
        own.add(new Entry(village, date.isBefore(k.declared()) ? k.declared() : date, kind));
      }
      own.sort(Comparator.comparing(Entry::date));
      entries.addAll(own);
    }
    return entries;
  }
}
