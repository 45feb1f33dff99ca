package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.application.RoleLabels;
import id.go.lampungprov.kkb.registration.application.PokjaService;
import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people of the registry who may be invited to an event: the current Pokja and cadres of its
 * target Kampung KB, each person once (as Pokja if both), labelled as the invitation stores them.
 */
@ApplicationScoped
public class CandidateFacade {

  @EJB private PokjaService pokja;

  /** A person to invite, with the category and affiliation the invitation will carry. */
  public record Candidate(
      long personId, String fullName, String sex, String category, String affiliation)
      implements Serializable {}

  /**
   * @param query part of the name, any case; blank for everyone
   */
  public List<Candidate> candidates(List<Long> kampungKbIds, String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    Map<Long, Candidate> found = new LinkedHashMap<>();
    for (long kkb : kampungKbIds) {
      for (PokjaMember m : pokja.pokja(kkb)) {
        if (m.term().isOpen() && !m.person().erased()) {
          found.putIfAbsent(
              m.person().id(),
              new Candidate(
                  m.person().id(),
                  m.person().fullName(),
                  m.person().sex().name(),
                  "POKJA",
                  RoleLabels.of(m.role()) + " " + m.kampungKb().name()));
        }
      }
      for (Cadre c : pokja.cadres(kkb)) {
        if (c.term().isOpen() && !c.person().erased()) {
          found.putIfAbsent(
              c.person().id(),
              new Candidate(
                  c.person().id(),
                  c.person().fullName(),
                  c.person().sex().name(),
                  "CADRE",
                  RoleLabels.of(c.type()) + " " + c.kampungKb().name()));
        }
      }
    }
    List<Candidate> matching = new ArrayList<>();
    for (Candidate c : found.values()) {
      if (q.isEmpty() || c.fullName().toLowerCase(Locale.ROOT).contains(q)) {
        matching.add(c);
      }
    }
    return matching;
  }
}
