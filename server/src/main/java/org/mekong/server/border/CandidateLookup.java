package org.mekong.server.border;

import java.util.List;
import java.util.function.Predicate;
import org.mekong.core.border.check.PersonMatch;
import org.mekong.core.border.check.Traveller;
import org.mekong.server.legal.Listing;

/**
 * Finds the persons listed by legal records that a traveller matches, among the listings a filter
 * accepts, with how and why; behind this interface so that the index behind it can change.
 */
interface CandidateLookup {

  /** A listing the traveller matches, and how. */
  record Matched(Listing listing, PersonMatch match) {}

  /** The listings {@code accepted} accepts that {@code traveller} matches, the surest first. */
  List<Matched> matches(Traveller traveller, Predicate<Listing> accepted);
}
