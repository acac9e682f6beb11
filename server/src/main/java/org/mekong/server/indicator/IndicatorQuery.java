package org.mekong.server.indicator;

import java.time.Instant;
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
 */
public record IndicatorQuery(
    @Nullable String type,
    @Nullable String selectorKey,
    @Nullable String category,
    @Nullable String agency,
    @Nullable Instant modifiedSince,
    @Nullable String text,
    boolean includeRevoked) {}
