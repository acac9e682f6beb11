package org.mekong.core.names.index;

import java.util.Objects;
import org.mekong.core.names.Comparison;

/** An entity found for a query: its number, the best of its names and that name's comparison. */
public record Candidate(int entity, String name, Comparison comparison) {

  public Candidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(comparison, "comparison");
  }

  /** The comparison's score. */
  public double score() {
    return comparison.score();
  }
}
