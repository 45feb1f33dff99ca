package id.go.lampungprov.kkb.monitoring.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The Inpres catalogue versions and the tags of interventions. */
public interface InpresRepository {

  /** The catalogue new tags are made against: the most recently issued one. */
  InpresCatalogue current();

  Optional<InterventionInpresTags> tags(long interventionId);

  /** The tags of these interventions (those that have any row). */
  List<InterventionInpresTags> tags(Collection<Long> interventionIds);

  void add(InterventionInpresTags tags);

  void flush();
}
