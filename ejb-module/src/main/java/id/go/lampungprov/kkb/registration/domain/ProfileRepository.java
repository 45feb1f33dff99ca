package id.go.lampungprov.kkb.registration.domain;

import java.util.List;

public interface ProfileRepository {

  /** Newest first. */
  List<KampungKbProfile> of(KampungKb kampungKb);

  void add(KampungKbProfile profile);

  void flush();
}
