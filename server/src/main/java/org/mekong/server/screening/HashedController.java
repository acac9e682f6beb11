package org.mekong.server.screening;

import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.hashed.HashedList;
import org.mekong.core.screening.hashed.HashedQuery;
import org.mekong.core.screening.hashed.KeyedHash;
import org.mekong.core.screening.hashed.ParsedHash;
import org.mekong.core.screening.hashed.RateLimiter;
import org.mekong.core.screening.hashed.ScreeningKey;
import org.mekong.core.sharing.Access;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.sharing.SharingPolicies;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.RateLimitedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Privacy-preserving screening for clients that must not hold the plaintext list: their key, their
 * visible list as keyed hashes or a Bloom filter, and confirmation of candidate hashes — rate
 * limited, so the node learns only candidates and the client only what it asks about and may see.
 * The contract is written out in docs/screening-privacy.md.
 */
@RestController
class HashedController {

  /** A new key, shown once. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record KeyView(
      int keyVersion,
      String key,
      @Nullable Integer previousKeyVersion,
      @Nullable Instant previousValidUntil) {}

  /** Candidate hashes to confirm under one key version. */
  record ConfirmRequest(@Nullable Integer keyVersion, @Nullable List<String> hashes) {}

  /** A confirmed hash and the visible indicators behind it. */
  record Confirmed(String hash, List<MatchView> matches) {}

  /** The confirmed hashes, in request order; unmatched ones are absent. */
  record ConfirmResponse(List<Confirmed> results) {}

  private final ScreeningKeys keys;
  private final HashIndexes indexes;
  private final NodeWatchList watchList;
  private final Screener screener;
  private final SharingPolicies policies;
  private final Map<AgencyId, RateLimiter> limits = new ConcurrentHashMap<>();

  HashedController(
      ScreeningKeys keys,
      HashIndexes indexes,
      NodeWatchList watchList,
      Screener screener,
      SharingPolicies policies) {
    this.keys = keys;
    this.indexes = indexes;
    this.watchList = watchList;
    this.screener = screener;
    this.policies = policies;
  }

  @Serves(SCREENING_CLIENT)
  @PostMapping("/api/v1/screen/keys:rotate")
  ResponseEntity<KeyView> rotate(@AuthenticationPrincipal Caller caller) {
    Agency client = client(caller);
    ScreeningKeys.Rotation rotation = keys.rotate(client.id());
    indexes.retain(
        client.id(),
        rotation.previousVersion() == null
            ? List.of(rotation.key().version())
            : List.of(rotation.key().version(), rotation.previousVersion()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new KeyView(
                rotation.key().version(),
                rotation.key().encode(),
                rotation.previousVersion(),
                rotation.previousValidUntil()));
  }

  @Serves(SCREENING_CLIENT)
  @GetMapping("/api/v1/screen/hashed-list")
  void export(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "bloom") String kind,
      @RequestParam(required = false) @Nullable String fpr,
      HttpServletResponse response)
      throws IOException {
    Agency client = client(caller);
    boolean bloom =
        switch (kind) {
          case "bloom" -> true;
          case "hashes" -> false;
          default -> throw new BadRequestException("kind", "must be hashes or bloom");
        };
    double rate = falsePositiveRate(bloom, fpr);
    ScreeningKey key =
        keys.of(client.id())
            .orElseThrow(
                () ->
                    new ScreeningKeyException(
                        "this client has no screening key yet: rotate first"
                            + " (POST /api/v1/screen/keys:rotate)"))
            .current();
    screener.requireReady();
    List<Long> hashes = new ArrayList<>();
    watchList.forEachVisible(
        client,
        policies.current(),
        Instant.now(),
        (listing, disclosed) -> hashes.add(KeyedHash.of(key, listing.entry().selector())));
    long[] array = hashes.stream().mapToLong(Long::longValue).toArray();
    HashedList list =
        bloom
            ? HashedList.bloom(key.version(), Instant.now(), array, rate)
            : HashedList.sortedHashes(key.version(), Instant.now(), array);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/octet-stream");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"mekong-v" + key.version() + "-" + kind + ".mkhl\"");
    list.writeTo(response.getOutputStream());
  }

  @Serves(SCREENING_CLIENT)
  @PostMapping("/api/v1/screen/hashed")
  ConfirmResponse confirm(
      @AuthenticationPrincipal Caller caller,
      @RequestBody ConfirmRequest request,
      HttpServletRequest http) {
    Agency client = client(caller);
    HashedQuery query = query(request);
    Instant now = Instant.now();
    ScreeningKeys.ClientKeys clientKeys =
        keys.of(client.id())
            .orElseThrow(
                () ->
                    new ScreeningKeyException(
                        "this client has no screening key yet: rotate first"));
    ScreeningKey key =
        clientKeys
            .forConfirmation(query.keyVersion(), now)
            .orElseThrow(
                () ->
                    new ScreeningKeyException(
                        "key version "
                            + query.keyVersion()
                            + " is not good for confirmations; the current version is "
                            + clientKeys.current().version()));
    RateLimiter limit = limits.computeIfAbsent(client.id(), id -> RateLimiter.withDefaults());
    int wanted = query.hashes().size();
    if (!limit.tryAcquire(wanted)) {
      Duration wait = limit.timeUntil(wanted);
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw new RateLimitedException(
          "confirmations are limited to "
              + RateLimiter.DEFAULT_PERMITS_PER_MINUTE
              + " hashes a minute (burst "
              + limit.capacity()
              + "); "
              + wanted
              + " more are allowed in "
              + seconds
              + " s",
          seconds);
    }
    screener.requireReady();
    SharingPolicy policy = policies.current();
    List<Confirmed> results = new ArrayList<>();
    Set<String> disclosed = new LinkedHashSet<>();
    for (long hash : query.hashes()) {
      List<MatchView> matches = new ArrayList<>();
      for (IndicatorId id : indexes.lookup(client.id(), key, hash)) {
        NodeWatchList.Listing listing = watchList.listing(id);
        if (listing != null
            && listing.inForce(now)
            && policy.access(client, listing.shared()) instanceof Access.Granted granted) {
          var entry = NodeWatchList.asSeen(listing.entry(), granted.originatorDisclosed());
          matches.add(
              MatchView.of(new ScreeningHit(entry, MatchKind.EXACT, entry.selector().canonical())));
          disclosed.add(id.value());
        }
      }
      if (!matches.isEmpty()) {
        results.add(new Confirmed(KeyedHash.toHex(hash), matches));
      }
    }
    Disclosures.audit(http, wanted + " hashes under key v" + key.version(), disclosed);
    return new ConfirmResponse(results);
  }

  private static HashedQuery query(ConfirmRequest request) {
    if (request.keyVersion() == null) {
      throw new BadRequestException("keyVersion", "is required");
    }
    List<String> texts = request.hashes();
    if (texts == null || texts.isEmpty()) {
      throw new BadRequestException(
          "hashes", "must list 1-" + HashedQuery.MAX_HASHES + " hashes to confirm");
    }
    if (texts.size() > HashedQuery.MAX_HASHES) {
      throw new BadRequestException(
          "hashes", "lists " + texts.size() + "; at most " + HashedQuery.MAX_HASHES);
    }
    List<Long> hashes = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      switch (KeyedHash.parseHex(text == null ? "" : text)) {
        case ParsedHash.Valid valid -> hashes.add(valid.hash());
        case ParsedHash.Invalid invalid ->
            throw new BadRequestException("hashes[" + i + "]", invalid.reason());
      }
    }
    try {
      return new HashedQuery(request.keyVersion(), hashes);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("hashes", String.valueOf(e.getMessage()));
    }
  }

  private static double falsePositiveRate(boolean bloom, @Nullable String fpr) {
    if (fpr == null) {
      return 0.001;
    }
    if (!bloom) {
      throw new BadRequestException("fpr", "applies only to kind=bloom");
    }
    try {
      double rate = Double.parseDouble(fpr);
      if (!(rate >= 1e-9 && rate <= 0.5)) {
        throw new BadRequestException("fpr", "must be between 1e-9 and 0.5, was " + fpr);
      }
      return rate;
    } catch (NumberFormatException e) {
      throw new BadRequestException("fpr", "is not a number: " + fpr);
    }
  }

  private static Agency client(Caller caller) {
    Agency agency = caller.requireAgency();
    if (agency.kind() != AgencyKind.SCREENING_CLIENT) {
      throw new AccessDeniedException(
          "privacy-preserving screening is for screening clients; "
              + agency.id().value()
              + " screens in plaintext with POST /api/v1/screen");
    }
    return agency;
  }
}
