package org.mekong.server.indicator;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.indicator.SightingKind;
import org.mekong.core.input.Timestamps;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator API: publish, read, search, correlate, sight, revoke, history. */
@RestController
class IndicatorController {

  /**
   * A page of indicators and the cursor of the next page, if there is one; for a search by
   * selector, the types it was read as and those of the items on this page.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record PageView(
      List<IndicatorView> items,
      @Nullable String nextCursor,
      @Nullable List<String> searchedTypes,
      @Nullable List<String> matchedTypes) {}

  /** What publishing did, and the indicator after it. */
  record PublishView(String outcome, IndicatorView indicator) {}

  /** A sighting report. */
  record SightingRequest(
      @Nullable String kind,
      @Nullable Boolean anonymous,
      @Nullable Instant observedAt,
      @Nullable String note) {}

  private final IndicatorRegistry registry;
  private final SightingLimits sightingLimits;
  private final AgencyDirectory agencies;

  IndicatorController(
      IndicatorRegistry registry, SightingLimits sightingLimits, AgencyDirectory agencies) {
    this.registry = registry;
    this.sightingLimits = sightingLimits;
    this.agencies = agencies;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/api/v1/indicators")
  ResponseEntity<PublishView> publish(
      @AuthenticationPrincipal Caller caller,
      @RequestBody PublishRequest request,
      HttpServletRequest http) {
    Agency agency = caller.requireAgency();
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
    AuditContext.describe(http, "indicator", outcome.indicator().id().value());
    String word =
        switch (outcome) {
          case PublishOutcome.Created c -> "created";
          case PublishOutcome.Updated u -> "updated";
          case PublishOutcome.Unchanged u -> "unchanged";
        };
    IndicatorView view = IndicatorView.of(outcome.indicator(), true, null, null, warnings);
    return ResponseEntity.status(
            outcome instanceof PublishOutcome.Created ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new PublishView(word, view));
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/indicators/{id}")
  IndicatorView get(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    IndicatorId indicatorId = indicatorId(id);
    AuditContext.describe(http, "indicator", indicatorId.value());
    var visible =
        registry
            .get(caller.requireAgency(), indicatorId)
            .orElseThrow(() -> new IndicatorNotFoundException(indicatorId.value()));
    return IndicatorView.of(visible, List.of());
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/indicators")
  PageView search(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Nullable String selector,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String since,
      @RequestParam(required = false) @Nullable String text,
      @RequestParam(defaultValue = "false") boolean includeRevoked,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "100") int limit,
      HttpServletRequest http) {
    Parameters.limit(limit, IndicatorRegistry.MAX_PAGE);
    String regionCode = Parameters.region(region);
    String typeCode = null;
    List<IndicatorQuery.SelectorKey> anyOf = List.of();
    if (selector != null) {
      Parameters.text("selector", selector);
      anyOf = SelectorReadings.of(selector, type, regionCode);
    } else {
      var selectorType = Parameters.type(type);
      typeCode = selectorType == null ? null : selectorType.code();
    }
    var wanted = Parameters.category(category);
    Parameters.text("text", text, 200);
    Parameters.text("agency", agency);
    IndicatorQuery query =
        new IndicatorQuery(
            typeCode,
            null,
            wanted == null ? null : wanted.code(),
            agency,
            Parameters.instant("since", since),
            text,
            includeRevoked,
            anyOf);
    IndicatorRegistry.Page page =
        registry.search(caller.requireAgency(), query, decodeCursor(cursor), limit);
    List<IndicatorView> items =
        page.items().stream().map(v -> IndicatorView.of(v, List.of())).toList();
    AuditContext.describe(
        http,
        "indicators",
        items.size()
            + " disclosed: "
            + String.join(",", items.stream().map(IndicatorView::id).toList()));
    return new PageView(
        items,
        page.nextCursor() == null ? null : encodeCursor(page.nextCursor()),
        selector == null ? null : anyOf.stream().map(IndicatorQuery.SelectorKey::type).toList(),
        selector == null
            ? null
            : items.stream().map(item -> item.selector().type()).distinct().sorted().toList());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/api/v1/indicators/{id}/revoke")
  IndicatorView revoke(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    IndicatorId indicatorId = indicatorId(id);
    AuditContext.describe(http, "indicator", indicatorId.value());
    return IndicatorView.of(
        registry.revoke(caller.requireAgency(), indicatorId), true, null, null, null);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/indicators/{id}/sightings")
  ResponseEntity<IndicatorView> sight(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody SightingRequest request,
      HttpServletRequest http) {
    IndicatorId indicatorId = indicatorId(id);
    AuditContext.describe(http, "indicator", indicatorId.value());
    Agency reporter = caller.requireAgency();
    sightingLimits.acquire(reporter.id());
    String code = request.kind();
    SightingKind kind =
        SightingKind.fromCode(code == null ? "" : code.toLowerCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "kind", "must be seen, false-positive, true-positive or expired"));
    String note = Parameters.text("note", request.note(), 2_000);
    Instant now = Instant.now();
    Instant observedAt = request.observedAt() == null ? now : request.observedAt();
    String timing = Timestamps.observationProblem(observedAt, now);
    if (timing != null) {
      throw new BadRequestException("observedAt", timing);
    }
    IndicatorRegistry.Sighted sighted =
        registry.sight(
            reporter,
            indicatorId,
            kind,
            Boolean.TRUE.equals(request.anonymous()),
            observedAt,
            note);
    return switch (sighted.weight()) {
      case WEIGHED ->
          ResponseEntity.status(HttpStatus.CREATED)
              .body(IndicatorView.of(sighted.visible(), List.of()));
      case BOUNDED ->
          ResponseEntity.status(HttpStatus.CREATED)
              .body(
                  IndicatorView.of(
                      sighted.visible(),
                      List.of(
                          "recorded; your agency's "
                              + kind.code()
                              + " sightings of this indicator already weigh all one agency's"
                              + " may, so the effective confidence did not move")));
      case DUPLICATE ->
          ResponseEntity.ok(
              IndicatorView.of(
                  sighted.visible(),
                  List.of(
                      "duplicate: your agency reported "
                          + kind.code()
                          + " on this indicator less than 24 hours ago; recorded, not counted")));
    };
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/indicators/{id}/sightings")
  List<IndicatorStore.Sighting> sightings(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    IndicatorId indicatorId = indicatorId(id);
    AuditContext.describe(http, "indicator", indicatorId.value());
    return registry.sightings(caller.requireAgency(), indicatorId);
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/indicators/{id}/history")
  List<IndicatorView> history(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    IndicatorId indicatorId = indicatorId(id);
    AuditContext.describe(http, "indicator", indicatorId.value());
    IndicatorRegistry.History history = registry.history(caller.requireAgency(), indicatorId);
    return history.versions().stream()
        .map(version -> IndicatorView.of(version, history.originatorDisclosed(), null, null, null))
        .toList();
  }

  private static IndicatorId indicatorId(String id) {
    if (!IndicatorId.isValid(id)) {
      throw new BadRequestException("id", "is not an indicator id (indicator--<uuid>)");
    }
    return new IndicatorId(id);
  }

  private static String encodeCursor(long changeSeq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("c" + changeSeq).getBytes(StandardCharsets.US_ASCII));
  }

  private static @Nullable Long decodeCursor(@Nullable String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (!decoded.startsWith("c")) {
        throw new IllegalArgumentException();
      }
      return Long.parseLong(decoded.substring(1));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("cursor", "is not a cursor this node handed out");
    }
  }
}
