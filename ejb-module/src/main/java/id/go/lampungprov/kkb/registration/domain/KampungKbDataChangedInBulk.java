package id.go.lampungprov.kkb.registration.domain;

import java.util.List;

/**
 * Like {@link KampungKbDataChanged}, for many Kampung KB at once (a bulk import): listeners should
 * work after the import has committed rather than make the import wait.
 */
public record KampungKbDataChangedInBulk(List<Long> kampungKbIds) {

  public KampungKbDataChangedInBulk {
    kampungKbIds = List.copyOf(kampungKbIds);
  }
}
