package org.mekong.server.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.indicator.EffectiveConfidence;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.Selector;
import org.mekong.core.sharing.Access;
import org.mekong.core.sharing.SharedObject;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.server.indicator.StoredIndicator;
import org.springframework.stereotype.Component;

/**
 * Every current indicator of the node in one in-memory {@link WatchList}, with what the sharing
 * policy needs to decide, hit by hit, whether the screening client may see it. A client's screen
 * passes only the hits it may see, with the originator withheld where the markings say so: the same
 * rule as every read of the registry (see docs/decisions/0013-one-watch-list-per-node.md).
 */
@Component
class NodeWatchList {

  /** What the policy needs about a listed indicator, and when it is in force. */
  record Listing(SharedObject shared, Instant validFrom, @Nullable Instant validUntil) {

    boolean inForce(Instant now) {
      return !validFrom.isAfter(now) && (validUntil == null || validUntil.isAfter(now));
    }
  }

  private volatile WatchList list = WatchList.create();
  private final Map<IndicatorId, Listing> listings = new ConcurrentHashMap<>();

  /** Replaces the whole list (start-up); the listings must be those of {@code entries}. */
  synchronized void replace(WatchList fresh, Map<IndicatorId, Listing> freshListings) {
    listings.clear();
    listings.putAll(freshListings);
    list = fresh;
  }

  /** Applies one stored indicator: lists its current version, or unlists it when revoked. */
  synchronized void apply(StoredIndicator stored) {
    Indicator indicator = stored.indicator();
    if (indicator.revoked()) {
      list.remove(indicator.id());
      listings.remove(indicator.id());
      return;
    }
    listings.put(indicator.id(), listing(stored));
    list.put(entry(stored));
  }

  /** The entry of a stored indicator in the node-wide list: real originator, every category. */
  static ScreeningEntry entry(StoredIndicator stored) {
    Indicator indicator = stored.indicator();
    return new ScreeningEntry(
        indicator.id(),
        indicator.selector(),
        indicator.categories(),
        EffectiveConfidence.of(indicator.confidence(), stored.sightings()),
        indicator.marking().tlp(),
        indicator.originator());
  }

  static Listing listing(StoredIndicator stored) {
    Indicator indicator = stored.indicator();
    return new Listing(stored.shared(), indicator.validFrom(), indicator.validUntil());
  }

  /**
   * The hits of {@code selector} that {@code viewer} may see under {@code policy}, in force at
   * {@code now}, with the originator withheld where the policy withholds it.
   */
  List<ScreeningHit> screen(Agency viewer, SharingPolicy policy, Selector selector, Instant now) {
    List<ScreeningHit> hits = list.screen(selector);
    if (hits.isEmpty()) {
      return hits;
    }
    List<ScreeningHit> visible = new ArrayList<>(hits.size());
    for (ScreeningHit hit : hits) {
      Listing listing = listings.get(hit.entry().indicator());
      if (listing == null || !listing.inForce(now)) {
        continue;
      }
      if (policy.access(viewer, listing.shared()) instanceof Access.Granted granted) {
        ScreeningEntry entry = hit.entry();
        if (!granted.originatorDisclosed()) {
          entry =
              new ScreeningEntry(
                  entry.indicator(),
                  entry.selector(),
                  entry.categories(),
                  entry.confidence(),
                  entry.tlp(),
                  null);
        }
        visible.add(new ScreeningHit(entry, hit.kind(), hit.matched()));
      }
    }
    return visible;
  }

  /** Whether a phone, as E.164 digits, hits any listed indicator, visible to anyone or not. */
  boolean mayHitPhone(long e164Digits) {
    return list.hitsPhone(e164Digits);
  }

  /** How many indicators are listed. */
  int size() {
    return list.size();
  }

  /** The bytes of the index tables. */
  long tableBytes() {
    return list.tableBytes();
  }
}
