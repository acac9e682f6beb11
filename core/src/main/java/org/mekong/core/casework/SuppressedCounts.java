package org.mekong.core.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts safe to publish: every cell under {@link #THRESHOLD} is suppressed (shown without its
 * number), as the Counter Trafficking Data Collaborative publishes, so that no small group of
 * people can be singled out.
 */
public final class SuppressedCounts {

  /** The smallest count published. */
  public static final int THRESHOLD = 11;

  private SuppressedCounts() {}

  /** One cell: its value and count, null when suppressed. */
  public record Cell(String value, @Nullable Long count) {

    /** Whether the count is withheld. */
    public boolean suppressed() {
      return count == null;
    }
  }

  /** The cells of {@code counts} in the order of their values, small ones suppressed. */
  public static List<Cell> of(Map<String, Long> counts) {
    List<Cell> cells = new ArrayList<>();
    new TreeMap<>(counts)
        .forEach((value, count) -> cells.add(new Cell(value, count < THRESHOLD ? null : count)));
    return cells;
  }
}
