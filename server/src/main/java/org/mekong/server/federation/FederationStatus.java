package org.mekong.server.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** How the pull from each partner node is going, for the console: the API's partner view. */
@Service
public class FederationStatus {

  /** A partner: its state, lag, counts and last error (keys held at it are never shown). */
  public record PartnerStatus(
      String name,
      String url,
      String state,
      @Nullable Instant lastSuccess,
      @Nullable Long lagSeconds,
      int consecutiveFailures,
      @Nullable String lastErrorCode,
      @Nullable String lastErrorMessage,
      @Nullable Instant lastErrorAt,
      long received,
      long refused) {

    /** Whether the last pull from this partner failed. */
    public boolean failing() {
      return "failing".equals(state);
    }
  }

  /** An object of a partner that was not stored, and why. */
  public record Refusal(String objectId, String agency, String reason, String detail, Instant at) {}

  private final PartnerStore store;
  private final FederationService service;

  FederationStatus(PartnerStore store, FederationService service) {
    this.store = store;
    this.service = service;
  }

  /** Every partner, by name. */
  public List<PartnerStatus> partners() {
    List<PartnerStatus> partners = new ArrayList<>();
    for (String name : store.names()) {
      store.find(name).ifPresent(partner -> partners.add(status(partner)));
    }
    return partners;
  }

  /** The latest refusals of a partner's objects, newest first; empty for an unknown partner. */
  public List<Refusal> refusals(String partner, int limit) {
    if (store.find(partner).isEmpty()) {
      return List.of();
    }
    return store.refusals(partner, limit).stream()
        .map(r -> new Refusal(r.objectId(), r.agency(), r.reason().code(), r.detail(), r.at()))
        .toList();
  }

  private PartnerStatus status(Partner partner) {
    PartnerState.Snapshot state = service.state(partner.name());
    Instant began = state.lastCatchUpBegan();
    PartnerState.Failure error = state.lastError();
    return new PartnerStatus(
        partner.name(),
        partner.url().toString(),
        state.state(),
        state.lastSuccess(),
        began == null ? null : Math.max(0, Duration.between(began, Instant.now()).toSeconds()),
        state.consecutiveFailures(),
        error == null ? null : error.code(),
        error == null ? null : error.message(),
        error == null ? null : error.at(),
        state.received(),
        state.refused());
  }
}
