package org.mekong.core.indicator;

import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.id.NameBasedUuid;
import org.mekong.core.selector.SelectorId;

/**
 * The STIX id of an indicator, {@code indicator--<uuid>}. A node mints it deterministically from
 * the originating agency and the selector's id — UUIDv5 of {@code agency + "|" + selector id} in a
 * namespace that is the node's secret — so an agency has one indicator per selector and
 * re-importing a list finds the indicators it created before, while nobody outside the node can
 * recompute an id from a selector and a guessed agency (which would reveal an originator that the
 * markings withhold). Ids minted elsewhere (any UUID) are accepted as they are.
 */
public record IndicatorId(String value) {

  private static final String PREFIX = "indicator--";
  private static final int LENGTH = PREFIX.length() + 36;

  public IndicatorId {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an indicator id (indicator--<uuid>): " + value);
    }
  }

  /**
   * Whether {@code candidate} has the shape of an indicator id: {@code indicator--} and a UUID in
   * lower-case hex. Checked by hand: it runs for every line of a bulk import.
   */
  public static boolean isValid(String candidate) {
    if (candidate.length() != LENGTH || !candidate.startsWith(PREFIX)) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = candidate.charAt(PREFIX.length() + i);
      boolean ok =
          switch (i) {
            case 8, 13, 18, 23 -> c == '-';
            default -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The namespace of {@link #of(AgencyId, SelectorId)}: public, so for fixtures and tools only. */
  public static final UUID PUBLIC_NAMESPACE =
      UUID.fromString("7c4d6f0e-2b7a-4c51-9a53-5c3f3b0d8e21");

  /**
   * The id in the public namespace, for fixtures, tests and tools that make data outside a node. A
   * node mints its own indicators' ids in its secret namespace, never with this.
   */
  public static IndicatorId of(AgencyId originator, SelectorId selector) {
    return of(PUBLIC_NAMESPACE, originator, selector);
  }

  /**
   * The id an agency's indicator on a selector has on the node whose secret is {@code namespace}.
   */
  public static IndicatorId of(UUID namespace, AgencyId originator, SelectorId selector) {
    return new IndicatorId(
        "indicator--" + NameBasedUuid.v5(namespace, originator.value() + "|" + selector.value()));
  }

  @Override
  public String toString() {
    return value;
  }
}
