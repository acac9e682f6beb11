package org.mekong.server.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.EffectiveConfidence;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.SightingCounts;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.selector.Selector;

/**
 * An indicator as the API shows it to one viewer: the originator is "withheld" where it must be.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorView(
    String id,
    int version,
    SelectorView selector,
    List<String> categories,
    int confidence,
    @Nullable Integer effectiveConfidence,
    String tlp,
    List<String> handling,
    List<String> restrictions,
    String evaluation,
    List<String> recipients,
    String originator,
    @Nullable String description,
    List<ExternalReference> externalReferences,
    Instant validFrom,
    @Nullable Instant validUntil,
    boolean revoked,
    Instant created,
    Instant modified,
    @Nullable SightingCounts sightings,
    @Nullable Instant lastSighted,
    @Nullable List<String> warnings,
    StoredIndicator.@Nullable Provenance provenance) {

  /** How an agency that may not learn the originator sees it. */
  static final String WITHHELD = "withheld";

  /** The selector of an indicator. */
  public record SelectorView(
      String type, String canonical, String id, Map<String, String> attributes) {
    static SelectorView of(Selector selector) {
      return new SelectorView(
          selector.type().code(),
          selector.canonical(),
          selector.id().value(),
          selector.attributes());
    }
  }

  static IndicatorView of(IndicatorRegistry.Visible visible, List<String> warnings) {
    StoredIndicator stored = visible.stored();
    IndicatorView view =
        of(
            stored.indicator(),
            visible.originatorDisclosed(),
            stored.sightings(),
            stored.lastSighted(),
            warnings);
    return visible.originatorDisclosed() && stored.provenance() != null
        ? view.withProvenance(stored.provenance())
        : view;
  }

  /** This view with where a received indicator came from. */
  IndicatorView withProvenance(StoredIndicator.Provenance from) {
    return new IndicatorView(
        id,
        version,
        selector,
        categories,
        confidence,
        effectiveConfidence,
        tlp,
        handling,
        restrictions,
        evaluation,
        recipients,
        originator,
        description,
        externalReferences,
        validFrom,
        validUntil,
        revoked,
        created,
        modified,
        sightings,
        lastSighted,
        warnings,
        from);
  }

  static IndicatorView of(
      Indicator indicator,
      boolean originatorDisclosed,
      @Nullable SightingCounts sightings,
      @Nullable Instant lastSighted,
      @Nullable List<String> warnings) {
    return new IndicatorView(
        indicator.id().value(),
        indicator.version(),
        SelectorView.of(indicator.selector()),
        indicator.categories().stream().map(Category::code).sorted().toList(),
        indicator.confidence(),
        sightings == null ? null : EffectiveConfidence.of(indicator.confidence(), sightings),
        indicator.marking().tlp().code(),
        indicator.marking().handling().codes().stream().map(HandlingCode::code).toList(),
        indicator.marking().handling().restrictions(),
        indicator.marking().evaluation().code(),
        originatorDisclosed
            ? indicator.marking().recipients().stream().map(r -> r.value()).toList()
            : List.of(),
        originatorDisclosed ? indicator.originator().value() : WITHHELD,
        indicator.description(),
        indicator.externalReferences(),
        indicator.validFrom(),
        indicator.validUntil(),
        indicator.revoked(),
        indicator.created(),
        indicator.modified(),
        sightings,
        lastSighted,
        warnings == null || warnings.isEmpty() ? null : warnings,
        null);
  }
}
