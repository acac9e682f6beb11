package org.mekong.core.synthetic;

import static java.util.Objects.requireNonNull;

import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.selector.Selector;

/** An indicator of the synthetic world: the agency that publishes it and what it publishes. */
public record PublishedItem(AgencyId originator, IndicatorDraft draft) {

  public PublishedItem {
    requireNonNull(originator, "originator");
    requireNonNull(draft, "draft");
  }

  /** The selector published. */
  public Selector selector() {
    return draft.selector();
  }
}
