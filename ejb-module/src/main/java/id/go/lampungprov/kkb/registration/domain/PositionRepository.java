package id.go.lampungprov.kkb.registration.domain;

import java.util.List;
import java.util.Optional;

/** Pokja members and cadres of Kampung KB. */
public interface PositionRepository {

  List<PokjaMember> pokja(KampungKb kampungKb);

  List<Cadre> cadres(KampungKb kampungKb);

  Optional<PokjaMember> findMember(long id);

  Optional<Cadre> findCadre(long id);

  void add(KampungKbPosition position);

  void flush();
}
