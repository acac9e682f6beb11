package org.mekong.core.synthetic;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.SightingKind;
import org.mekong.core.selector.Selector;

/**
 * A sighting to report once the world is published: {@code reporter} reports {@code kind} about the
 * indicator that {@code originator} published on {@code selector} (item {@code itemIndex} of the
 * world, counting from 0), at {@code observedAt}, anonymously or not. The reporter is always an
 * agency that may see the indicator.
 */
public record PlannedSighting(
    long itemIndex,
    AgencyId originator,
    Selector selector,
    AgencyId reporter,
    SightingKind kind,
    boolean anonymous,
    Instant observedAt) {

  public PlannedSighting {
    requireNonNull(originator, "originator");
    requireNonNull(selector, "selector");
    requireNonNull(reporter, "reporter");
    requireNonNull(kind, "kind");
    requireNonNull(observedAt, "observedAt");
    if (itemIndex < 0) {
      throw new IllegalArgumentException("an item index is not negative: " + itemIndex);
    }
  }
}
