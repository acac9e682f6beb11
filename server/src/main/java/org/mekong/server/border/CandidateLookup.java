package org.mekong.server.border;

import java.util.Collection;
import org.mekong.core.border.check.Traveller;
import org.mekong.server.legal.Listing;

/**
 * Finds the listed persons worth comparing with a traveller: a superset of those the matcher would
 * match, as small as it can be. Behind this interface so that a names index can replace it.
 */
interface CandidateLookup {

  /** The listings that may name {@code traveller}. */
  Collection<Listing> candidates(Traveller traveller);
}
