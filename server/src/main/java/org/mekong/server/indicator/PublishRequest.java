package org.mekong.server.indicator;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to publish an indicator, e.g. {@code {"type": "phone", "value": "081 234 5678",
 * "region": "TH", "categories": ["fraud.impersonation.authority"], "confidence": 80, "tlp":
 * "amber", "handling": "H2"}}. {@code handling} is one code or a list; H3 needs {@code
 * restriction}.
 */
public record PublishRequest(
    @Nullable String type,
    @Nullable String value,
    @Nullable String region,
    @Nullable List<String> categories,
    @Nullable Integer confidence,
    @Nullable String tlp,
    tools.jackson.databind.@Nullable JsonNode handling,
    @Nullable String restriction,
    @Nullable String evaluation,
    @Nullable List<String> recipients,
    @Nullable Instant validFrom,
    @Nullable Instant validUntil,
    @Nullable String description,
    @Nullable List<ReferenceRequest> externalReferences,
    @Nullable Boolean acknowledgeWarnings) {

  /** An external reference in a request. */
  public record ReferenceRequest(
      @Nullable String sourceName, @Nullable String url, @Nullable String externalId) {}
}
