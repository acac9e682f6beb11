package org.mekong.core.border.check;

import static java.util.Objects.requireNonNull;

/** A listed person a traveller matches: the person's number in the index, and how and why. */
public record IndexedMatch(int number, PersonMatch match) {

  public IndexedMatch {
    requireNonNull(match, "match");
  }
}
