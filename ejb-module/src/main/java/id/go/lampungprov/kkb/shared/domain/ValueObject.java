package id.go.lampungprov.kkb.shared.domain;

import java.util.List;

/**
 * A value without identity, e.g. an agenda item or an official of an event: two are equal when they
 * are of the same class and name the same {@link #equalityValues()}. Embeddables extend it; it has
 * no state of its own, so it adds no column. Only for values that never change once made (a record
 * takes a new one instead): EclipseLink did not write an in-place change of an embeddable with a
 * superclass.
 */
public abstract class ValueObject {

  /** The values two of these are compared by, always in the same order; nulls allowed. */
  protected abstract List<?> equalityValues();

  @Override
  public final boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && equalityValues().equals(((ValueObject) o).equalityValues());
  }

  /** As {@link java.util.Objects#hash} of the same values. */
  @Override
  public final int hashCode() {
    return equalityValues().hashCode();
  }
}
