package org.mekong.core.screening.event;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.scoring.Score;
import org.mekong.core.selector.Selector;

/**
 * The outcome of screening one selector item, as {@code POST /api/v1/screen} answers it.
 *
 * @param verdict hit, no hit, or invalid
 * @param selector the canonical selector; {@code null} exactly when invalid
 * @param reason why the item is invalid; {@code null} exactly when it is valid
 * @param score the score of the item's hits ({@link Score#NONE} unless it hit)
 * @param hits the entries hit, empty unless the verdict is {@link Verdict#HIT}
 */
public record ItemResult(
    Verdict verdict,
    @Nullable Selector selector,
    @Nullable String reason,
    Score score,
    List<ScreeningHit> hits) {

  /** Whether a screened item hit the watch list, missed it, or was no valid selector. */
  public enum Verdict {
    HIT("hit"),
    NO_HIT("no_hit"),
    INVALID("invalid");

    private final String code;

    Verdict(String code) {
      this.code = code;
    }

    /** The stable lowercase code used by the API, e.g. {@code no_hit}. */
    public String code() {
      return code;
    }
  }

  public ItemResult {
    hits = List.copyOf(hits);
    boolean invalid = verdict == Verdict.INVALID;
    if (invalid != (selector == null) || invalid == (reason == null)) {
      throw new IllegalArgumentException(
          "an invalid item has a reason and no selector, a valid one a selector and no reason: "
              + verdict);
    }
    if ((verdict == Verdict.HIT) == hits.isEmpty()) {
      throw new IllegalArgumentException("a hit has hits and nothing else has: " + verdict);
    }
    if (verdict != Verdict.HIT && !score.equals(Score.NONE)) {
      throw new IllegalArgumentException("only a hit scores above 0, was " + score);
    }
  }

  /** The selector's canonical key, or {@code null} when the item is invalid. */
  public @Nullable String canonical() {
    return selector == null ? null : selector.canonical();
  }
}
