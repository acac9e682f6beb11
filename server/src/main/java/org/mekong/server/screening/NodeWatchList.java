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

  /** A listed indicator's entry, what the policy needs about it, and when it is in force. */
  record Listing(
      ScreeningEntry entry, SharedObject shared, Instant validFrom, @Nullable Instant validUntil) {

    boolean inForce(Instant now) {
      return !validFrom.isAfter(now) && (validUntil == null || validUntil.isAfter(now));
    }
  }

  private volatile WatchList list = WatchList.create();
  private final Map<IndicatorId, Listing> listings = new ConcurrentHashMap<>();
  private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Replaces the whole list (start-up); the listings must be those of {@code entries}. */
  synchronized void replace(WatchList fresh, Map<IndicatorId, Listing> freshListings) {
    listings.clear();
    listings.putAll(freshListings);
    list = fresh;
    listeners.forEach(Listener::replaced);
  }

  /** Told of every change to the list, under the list's lock, in order. */
  interface Listener {

    /** An indicator was listed, or its listed version replaced ({@code previous} non-null). */
    void listed(@Nullable Listing previous, Listing listing);

    /** An indicator left the list. */
    void unlisted(Listing listing);

    /** The whole list was replaced. */
    void replaced();
  }

  /** Adds a listener of changes. */
  void listen(Listener listener) {
    listeners.add(listener);
  }

  /**
   * The listings {@code viewer} may see under {@code policy} and in force at {@code now}, each with
   * whether the originator is disclosed to it.
   */
  void forEachVisible(
      Agency viewer,
      SharingPolicy policy,
      Instant now,
      java.util.function.BiConsumer<Listing, Boolean> sink) {
    for (Listing listing : listings.values()) {
      if (listing.inForce(now)
          && policy.access(viewer, listing.shared()) instanceof Access.Granted granted) {
        sink.accept(listing, granted.originatorDisclosed());
      }
    }
  }

  /** The listing of an indicator, if listed. */
  @Nullable Listing listing(IndicatorId id) {
    return listings.get(id);
  }

  /** Runs {@code action} while no change can be applied to the list. */
  synchronized <T> T locked(java.util.function.Supplier<T> action) {
    return action.get();
  }

  /** Every listing; a weakly consistent view (consistent inside {@link #locked}). */
  java.util.Collection<Listing> listings() {
    return listings.values();
  }

  /** Applies one stored indicator: lists its current version, or unlists it when revoked. */
  synchronized void apply(StoredIndicator stored) {
    Indicator indicator = stored.indicator();
    if (indicator.revoked()) {
      list.remove(indicator.id());
      Listing removed = listings.remove(indicator.id());
      if (removed != null) {
        listeners.forEach(l -> l.unlisted(removed));
      }
      return;
    }
    Listing listing = listing(stored);
    Listing previous = listings.put(indicator.id(), listing);
    list.put(listing.entry());
    listeners.forEach(l -> l.listed(previous, listing));
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
    return new Listing(
        entry(stored), stored.shared(), indicator.validFrom(), indicator.validUntil());
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
        visible.add(
            new ScreeningHit(
                asSeen(hit.entry(), granted.originatorDisclosed()), hit.kind(), hit.matched()));
      }
    }
    return visible;
  }

  /** Whether a phone, as E.164 digits, hits any listed indicator, visible to anyone or not. */
  boolean mayHitPhone(long e164Digits) {
    return list.hitsPhone(e164Digits);
  }

  /** The entry as a viewer sees it: without the originator unless it is disclosed. */
  static ScreeningEntry asSeen(ScreeningEntry entry, boolean originatorDisclosed) {
    return originatorDisclosed
        ? entry
        : new ScreeningEntry(
            entry.indicator(),
            entry.selector(),
            entry.categories(),
            entry.confidence(),
            entry.tlp(),
            null);
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
