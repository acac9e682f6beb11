package org.mekong.server.federation;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The federation API: the operator adds, changes and removes partner nodes (admin key); the
 * operator and this node's own agencies read how each pull is going and what was refused. Keys held
 * at partners are never shown back.
 */
@RestController
@Tag(name = "federation", description = "Partner nodes this node pulls indicators from")
class FederationController {

  /** A partner as the operator sets it: base URL, local agency → key at the partner, interval. */
  record PartnerRequest(
      @Nullable String url,
      @Nullable Map<String, String> credentials,
      @Nullable Integer pollSeconds) {}

  /** The last failure of a pull. */
  record ErrorView(String code, String message, Instant at) {}

  /** Where one local agency's pull stands: versions added after this time are still to come. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AgencyCursor(String agency, @Nullable Instant addedAfter) {}

  /** A partner and how the pull from it is going. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record PartnerView(
      String name,
      String url,
      int pollSeconds,
      String state,
      @Nullable Instant lastAttempt,
      @Nullable Instant lastSuccess,
      @Nullable Instant nextAttempt,
      @Nullable Long lagSeconds,
      int consecutiveFailures,
      long backoffSeconds,
      @Nullable ErrorView lastError,
      long received,
      long unchanged,
      long refused,
      long ownObjects,
      List<AgencyCursor> agencies) {}

  /** Every partner. */
  record PartnersView(List<PartnerView> partners) {}

  /** One refused object. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RefusalView(
      String objectId,
      @Nullable String modified,
      String agency,
      String reason,
      String detail,
      Instant at) {}

  /** The latest refusals of a partner's objects, newest first. */
  record RefusalsView(List<RefusalView> refusals) {}

  private static final int MAX_KEY_LENGTH = 512;
  private static final int DEFAULT_POLL_SECONDS = 60;

  private final PartnerStore store;
  private final FederationService service;
  private final AgencyDirectory agencies;

  FederationController(PartnerStore store, FederationService service, AgencyDirectory agencies) {
    this.store = store;
    this.service = service;
    this.agencies = agencies;
  }

  /** Adds or replaces a partner node; the pull starts or changes at once. */
  @Serves(ADMIN)
  @PutMapping("/api/v1/admin/federation/partners/{name}")
  @Operation(
      summary = "Add or replace a partner node (admin key)",
      description =
          "Body {\"url\": \"http://host:port\", \"credentials\": {\"<local agency>\":"
              + " \"<its key at the partner>\"}, \"pollSeconds\": 1-3600 (default 60)}. The"
              + " URL is absolute http(s); credentials name this node's own agencies. 201 when"
              + " new, 200 when replaced; keys are never shown back. The pull starts or changes"
              + " at once.")
  ResponseEntity<PartnerView> put(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String name,
      @RequestBody PartnerRequest request) {
    requireAdmin(caller);
    Partner partner = validate(name, request);
    boolean created = store.put(partner);
    service.changed(partner.name());
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(view(partner));
  }

  /** Removes a partner node: its pull stops; what it delivered stays. */
  @Serves(ADMIN)
  @DeleteMapping("/api/v1/admin/federation/partners/{name}")
  @Operation(
      summary = "Remove a partner node (admin key)",
      description =
          "Stops pulling from it and forgets its keys, cursors and refusals; what it delivered"
              + " stays. 204, or 404 when there is no such partner.")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
    requireAdmin(caller);
    service.removed(name);
    if (!store.delete(name)) {
      throw new PartnerNotFoundException(name);
    }
  }

  /** Every partner and how the pull from it is going. */
  @Serves({ADMIN, LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/api/v1/federation/partners")
  @Operation(
      summary = "Partner nodes and how the pull from each is going",
      description =
          "For the admin key and this node's own authorities (not screening clients, not partner nodes' agencies). state is never-contacted, up or"
              + " failing; lastError.code is e.g. unreachable, timeout, http-401, http-403,"
              + " http-5xx, invalid-response; lagSeconds is now minus the start of the last"
              + " complete catch-up (null before one); agencies lists each local agency's"
              + " cursor (versions added after it are still to come). Counts are since the node"
              + " started.")
  PartnersView partners(@AuthenticationPrincipal Caller caller) {
    List<PartnerView> views = new ArrayList<>();
    for (String name : store.names()) {
      store.find(name).ifPresent(partner -> views.add(view(partner)));
    }
    return new PartnersView(views);
  }

  /** The latest objects of a partner that were not stored, and why. */
  @Serves({ADMIN, LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/api/v1/federation/partners/{name}/refusals")
  @Operation(
      summary = "Objects of a partner that were not stored, and why, newest first",
      description =
          "reason is unknown-originator, own-object, not-addressed, invalid-object or"
              + " unsupported-type; limit 1-1000 (default 100).")
  RefusalsView refusals(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String name,
      @RequestParam(defaultValue = "100") int limit) {
    Parameters.limit(limit, 1_000);
    if (store.find(name).isEmpty()) {
      throw new PartnerNotFoundException(name);
    }
    return new RefusalsView(
        store.refusals(name, limit).stream()
            .map(
                r ->
                    new RefusalView(
                        r.objectId(),
                        r.modified(),
                        r.agency(),
                        r.reason().code(),
                        r.detail(),
                        r.at()))
            .toList());
  }

  private PartnerView view(Partner partner) {
    PartnerState.Snapshot state = service.state(partner.name());
    Map<String, Instant> cursors = store.cursors(partner.name());
    List<AgencyCursor> cursorViews = new ArrayList<>();
    partner
        .credentials()
        .keySet()
        .forEach(
            agency ->
                cursorViews.add(new AgencyCursor(agency.value(), cursors.get(agency.value()))));
    Instant began = state.lastCatchUpBegan();
    PartnerState.Failure error = state.lastError();
    return new PartnerView(
        partner.name(),
        partner.url().toString(),
        partner.pollSeconds(),
        state.state(),
        state.lastAttempt(),
        state.lastSuccess(),
        state.nextAttempt(),
        began == null ? null : Math.max(0, Duration.between(began, Instant.now()).toSeconds()),
        state.consecutiveFailures(),
        state.backoffSeconds(),
        error == null ? null : new ErrorView(error.code(), error.message(), error.at()),
        state.received(),
        state.unchanged(),
        state.refused(),
        state.ownObjects(),
        cursorViews);
  }

  private Partner validate(String name, PartnerRequest request) {
    if (!AgencyDirectory.isNodeName(name)) {
      throw new BadRequestException(
          "name", "must be 2-32 lower-case letters, digits or hyphens starting with a letter");
    }
    String url = request.url();
    if (url == null || url.isBlank()) {
      throw new BadRequestException("url", "is required");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new BadRequestException("url", "is not a URL: " + e.getReason());
    }
    if (!Partner.validUrl(uri)) {
      throw new BadRequestException(
          "url", "must be an absolute http or https URL such as http://host:port");
    }
    int poll = request.pollSeconds() == null ? DEFAULT_POLL_SECONDS : request.pollSeconds();
    if (poll < 1 || poll > Partner.MAX_POLL_SECONDS) {
      throw new BadRequestException("pollSeconds", "must be 1-3600");
    }
    Map<AgencyId, String> credentials = new HashMap<>();
    Map<String, String> given = request.credentials() == null ? Map.of() : request.credentials();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      String agency = entry.getKey();
      var registered = agencies.registered(agency);
      if (registered.isEmpty()) {
        throw new BadRequestException("credentials", "names no agency of this node: " + agency);
      }
      if (registered.get().isRemote()) {
        throw new BadRequestException(
            "credentials",
            agency + " is a partner node's agency; only this node's own agencies pull");
      }
      String key = entry.getValue();
      if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
        throw new BadRequestException(
            "credentials", "the key of " + agency + " must be 1-" + MAX_KEY_LENGTH + " characters");
      }
      credentials.put(new AgencyId(agency), key.strip());
    }
    return new Partner(name, uri, poll, credentials);
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw new AccessDeniedException("only the node operator's admin key manages partners");
    }
  }
}
