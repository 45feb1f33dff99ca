package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.Page;
import java.util.Optional;

public interface KampungKbRepository {

  Optional<KampungKb> find(long id);

  Optional<KampungKb> findActiveInVillage(RegionCode village);

  Optional<KampungKb> findRegencyModel(RegionCode regency);

  Optional<KampungKb> findProvinceModel(String provinceCode);

  /**
   * Searches within {@code search.region()}, which the service has narrowed to the caller's scope;
   * empty only for a national caller: the whole country.
   */
  Page<KampungKb> search(KampungKbSearch search);

  /** The facts for statistics of every Kampung KB within the region. */
  java.util.List<RegistryStatistics.Fact> facts(RegionCode region);

  /** The same facts for every Kampung KB in the country. */
  java.util.List<RegistryStatistics.Fact> allFacts();

  long count();

  /** Which of these village codes already have an active Kampung KB. */
  java.util.Set<String> activeVillagesAmong(java.util.Collection<String> villageCodes);

  /** The active Kampung KB of these villages, by village code. */
  java.util.Map<String, KampungKb> activeInVillages(java.util.Collection<String> villageCodes);

  /** Regency codes (and province codes) that have an active model Kampung KB. */
  java.util.Set<String> takenModelKeys();

  void add(KampungKb kampungKb);

  /** Writes pending changes now, so constraint violations surface inside the service call. */
  void flush();
}
