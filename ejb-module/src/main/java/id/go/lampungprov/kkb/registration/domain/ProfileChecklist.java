package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The profile checklist of the national Kampung KB portal: Pokja, PKB companion, regulation, work
 * plan (RKM), data used for planning, funding, facilities (Rumah DataKu), family groups (poktan)
 * and how often the operational mechanisms run. The classification reads it.
 */
public record ProfileChecklist(
    boolean pokjaExists,
    boolean pokjaHasDecree,
    boolean pokjaTrained,
    int pokjaMembers,
    String pkbName,
    Nip pkbNip,
    RegulationLevel regulationLevel,
    boolean hasRkm,
    Set<DataSource> dataSources,
    Set<FundingSource> fundingSources,
    boolean hasSecretariat,
    RumahDataKu rumahDataKu,
    Set<Poktan> poktan,
    Map<Mechanism, Frequency> mechanisms) {

  public enum RegulationLevel {
    NONE,
    VILLAGE,
    DISTRICT,
    REGENCY,
    PROVINCE
  }

  public enum DataSource {
    FAMILY_DATA_PK,
    ROUTINE_BKKBN,
    VILLAGE_POTENTIAL,
    SECTORAL,
    OTHER
  }

  public enum FundingSource {
    APBN,
    APBD,
    DANA_DESA,
    GRANT,
    CSR,
    SELF_HELP
  }

  public enum RumahDataKu {
    NONE,
    SEDERHANA,
    LENGKAP,
    PARIPURNA
  }

  public enum Poktan {
    BKB,
    BKR,
    BKL,
    UPPKA,
    PIK_R
  }

  public enum Mechanism {
    PLANNING_MEETING,
    COORDINATION,
    SOCIALISATION,
    MONITORING_EVALUATION,
    REPORTING
  }

  public enum Frequency {
    NEVER,
    YEARLY,
    QUARTERLY,
    MONTHLY,
    WEEKLY
  }

  public ProfileChecklist {
    if (pokjaMembers < 0) {
      throw new InvalidInputException("pokjaMembers", "min", "pokjaMembers must not be negative");
    }
    if (!pokjaExists && (pokjaHasDecree || pokjaTrained || pokjaMembers > 0)) {
      throw new InvalidInputException(
          "pokjaExists",
          "pokja-consistent",
          "a Pokja with a decree, training or members exists: set pokjaExists");
    }
    if (pkbNip != null && (pkbName == null || pkbName.isBlank())) {
      throw new InvalidInputException(
          "pkbName", "required", "name the PKB companion whose NIP is given");
    }
    pkbName = pkbName == null || pkbName.isBlank() ? null : pkbName.strip();
    regulationLevel = regulationLevel == null ? RegulationLevel.NONE : regulationLevel;
    rumahDataKu = rumahDataKu == null ? RumahDataKu.NONE : rumahDataKu;
    dataSources = copy(dataSources, DataSource.class);
    fundingSources = copy(fundingSources, FundingSource.class);
    poktan = copy(poktan, Poktan.class);
    Map<Mechanism, Frequency> m = new EnumMap<>(Mechanism.class);
    for (Mechanism k : Mechanism.values()) {
      m.put(
          k, mechanisms == null || mechanisms.get(k) == null ? Frequency.NEVER : mechanisms.get(k));
    }
    mechanisms = Map.copyOf(m);
  }

  private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
    return set == null || set.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(set));
  }

  /** Mechanisms that actually run. */
  public long mechanismsRun() {
    return mechanisms.values().stream().filter(f -> f != Frequency.NEVER).count();
  }
}
