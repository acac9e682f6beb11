package org.mekong.server.indicator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.indicator.SightingKind;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What the console does with indicators, by the API's rules and through the same registry: find by
 * any selector (read as the API reads it), read, publish, revoke, report a sighting.
 */
@Service
public class IndicatorActions {

  /** How many indicators a search shows at most. */
  public static final int SEARCH_LIMIT = 50;

  /** What publishing did: created, updated or unchanged, and the indicator after it. */
  public record Published(String outcome, IndicatorView indicator) {}

  /** One sighting as the viewer may see it. */
  public record SightingEntry(
      String kind, String reporter, boolean anonymous, Instant observedAt, String note) {}

  private final IndicatorRegistry registry;
  private final SightingLimits sightingLimits;
  private final AgencyDirectory agencies;

  IndicatorActions(
      IndicatorRegistry registry, SightingLimits sightingLimits, AgencyDirectory agencies) {
    this.registry = registry;
    this.sightingLimits = sightingLimits;
    this.agencies = agencies;
  }

  /**
   * The indicators the viewer may see on every reading of {@code raw} as a selector, revoked ones
   * too; a {@link BadRequestException} on {@code selector} when it reads as none.
   */
  public List<IndicatorView> find(Agency viewer, String raw) {
    Parameters.text("selector", raw);
    var readings = SelectorReadings.of(raw.strip(), null, null);
    IndicatorQuery query = new IndicatorQuery(null, null, null, null, null, null, true, readings);
    return registry.search(viewer, query, null, SEARCH_LIMIT).items().stream()
        .map(visible -> IndicatorView.of(visible, List.of()))
        .toList();
  }

  /** The indicator, if the viewer may see it. */
  public Optional<IndicatorView> get(Agency viewer, String id) {
    return registry
        .get(viewer, indicatorId(id))
        .map(visible -> IndicatorView.of(visible, List.of()));
  }

  /**
   * The indicators the viewer may see on the selector of indicator {@code id}, that one first, as
   * the API's correlation shows them; empty when the viewer may not see {@code id}.
   */
  public List<IndicatorView> onSameSelector(Agency viewer, String id) {
    IndicatorId wanted = indicatorId(id);
    return registry
        .get(viewer, wanted)
        .map(
            visible ->
                registry.correlate(viewer, visible.stored().indicator().selector()).stream()
                    .sorted(
                        java.util.Comparator.comparing(
                            (IndicatorRegistry.Visible v) ->
                                !v.stored().indicator().id().equals(wanted)))
                    .map(v -> IndicatorView.of(v, List.of()))
                    .toList())
        .orElse(List.of());
  }

  /** The most recently changed indicators the viewer may see (revoked ones not), at most limit. */
  public List<IndicatorView> recent(Agency viewer, int limit) {
    IndicatorQuery query = new IndicatorQuery(null, null, null, null, null, null, false, List.of());
    return registry.search(viewer, query, null, limit).items().stream()
        .map(visible -> IndicatorView.of(visible, List.of()))
        .toList();
  }

  /** Every version the viewer may see, oldest first. */
  public List<IndicatorView> history(Agency viewer, String id) {
    IndicatorRegistry.History history = registry.history(viewer, indicatorId(id));
    return history.versions().stream()
        .map(version -> IndicatorView.of(version, history.originatorDisclosed(), null, null, null))
        .toList();
  }

  /** The sightings the viewer may see. */
  public List<SightingEntry> sightings(Agency viewer, String id) {
    return registry.sightings(viewer, indicatorId(id)).stream()
        .map(
            s -> new SightingEntry(s.kind(), s.reporter(), s.anonymous(), s.observedAt(), s.note()))
        .toList();
  }

  /**
   * Publishes as the API does: screening clients may not; recipients must be agencies of this node;
   * a selector on a warning list needs {@code acknowledgeWarnings}.
   */
  public Published publish(Agency agency, PublishRequest request) {
    if (agency.kind() == AgencyKind.SCREENING_CLIENT) {
      throw new AccessDeniedException(
          "screening clients report sightings; they do not publish indicators");
    }
    var draft = DraftValidator.requireKnownRecipients(DraftValidator.draft(request), agencies);
    List<String> warnings = registry.warnings(draft.selector());
    if (!warnings.isEmpty() && !Boolean.TRUE.equals(request.acknowledgeWarnings())) {
      throw new WarningListException(draft.selector().canonical(), warnings);
    }
    PublishOutcome outcome = registry.publish(agency.id(), draft);
    String word =
        switch (outcome) {
          case PublishOutcome.Created c -> "created";
          case PublishOutcome.Updated u -> "updated";
          case PublishOutcome.Unchanged u -> "unchanged";
        };
    return new Published(word, IndicatorView.of(outcome.indicator(), true, null, null, warnings));
  }

  /**
   * The file-wide values of a bulk import, validated as the REST import validates its query (a
   * {@link BadRequestException} names the field); categories may be empty when every line names its
   * own.
   */
  public org.mekong.core.exchange.ImportDefaults importDefaults(
      @Nullable String type,
      @Nullable String region,
      @Nullable List<String> categories,
      @Nullable String tlp,
      @Nullable String handling,
      @Nullable Integer confidence) {
    return ImportController.defaults(
        agencies,
        type,
        region,
        categories,
        tlp,
        handling,
        null,
        null,
        null,
        confidence,
        null,
        null);
  }

  /** Revokes the agency's own indicator. */
  public IndicatorView revoke(Agency agency, String id) {
    return IndicatorView.of(registry.revoke(agency, indicatorId(id)), true, null, null, null);
  }

  /** Reports a sighting now, within the agency's rate limit. */
  public void sight(Agency reporter, String id, String kindCode, @Nullable String note) {
    IndicatorId indicatorId = indicatorId(id);
    SightingKind kind =
        SightingKind.fromCode(kindCode)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "kind", "must be seen, false-positive, true-positive or expired"));
    String text =
        note == null || note.isBlank() ? null : Parameters.text("note", note.strip(), 2_000);
    sightingLimits.acquire(reporter.id());
    registry.sight(reporter, indicatorId, kind, false, Instant.now(), text);
  }

  private static IndicatorId indicatorId(String id) {
    if (!IndicatorId.isValid(id)) {
      throw new BadRequestException("id", "is not an indicator id (indicator--<uuid>)");
    }
    return new IndicatorId(id);
  }
}
