package org.mekong.server.indicator;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search over the indicators an agency may see; every field is optional.
 *
 * @param type a selector type code
 * @param selectorKey a canonical selector key
 * @param category a category code; its sub-categories match too
 * @param agency the originating agency; only indicators whose originator the viewer may know match
 * @param modifiedSince only indicators changed at or after this time
 * @param text a substring of the selector key or the description
 * @param includeRevoked whether revoked indicators are listed
 * @param anyOf selectors of which the indicator's must be one (the readings of an input that could
 *     be of several types); empty for no such condition
 */
public record IndicatorQuery(
    @Nullable String type,
    @Nullable String selectorKey,
    @Nullable String category,
    @Nullable String agency,
    @Nullable Instant modifiedSince,
    @Nullable String text,
    boolean includeRevoked,
    List<SelectorKey> anyOf) {

  /** A selector by its type code and canonical key. */
  public record SelectorKey(String type, String canonical) {}

  public IndicatorQuery {
    anyOf = List.copyOf(anyOf);
  }

  /** A search without alternative selectors. */
  public IndicatorQuery(
      @Nullable String type,
      @Nullable String selectorKey,
      @Nullable String category,
      @Nullable String agency,
      @Nullable Instant modifiedSince,
      @Nullable String text,
      boolean includeRevoked) {
    this(type, selectorKey, category, agency, modifiedSince, text, includeRevoked, List.of());
  }
}
