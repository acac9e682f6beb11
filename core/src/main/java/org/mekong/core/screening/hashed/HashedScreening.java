package org.mekong.core.screening.hashed;

import java.util.List;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/**
 * What hashed screening says of one selector: its own keyed hash, and the probes (its own key or a
 * parent domain) whose hashes are on the list, to confirm online.
 *
 * @param selector the selector screened
 * @param hash the keyed hash of the selector itself
 * @param candidates the probes on the list; empty when the selector is certainly not listed
 */
public record HashedScreening(Selector selector, long hash, List<Probe> candidates) {

  public HashedScreening {
    candidates = List.copyOf(candidates);
  }

  /** Whether anything must be confirmed online. */
  public boolean isCandidate() {
    return !candidates.isEmpty();
  }

  /**
   * One key looked up on the list.
   *
   * @param type the type the key was hashed as
   * @param canonical the canonical key hashed (the selector's own, or a parent domain)
   * @param hash its keyed hash
   */
  public record Probe(SelectorType type, String canonical, long hash) {
    public Probe {
      if (canonical.isEmpty()) {
        throw new IllegalArgumentException("a probe's canonical key is never empty");
      }
    }
  }
}
