package org.mekong.server.indicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.indicator.SightingKind;
import org.mekong.core.indicator.SightingRule;
import org.mekong.core.indicator.SightingWeight;
import org.mekong.core.selector.Selector;
import org.mekong.core.sharing.Access;
import org.mekong.server.sharing.SharingPolicies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's public face: publish, read, search, correlate, sight and revoke indicators. Every
 * read passes the sharing policy; what a viewer may not see does not exist for it, on every path.
 */
@Service
public class IndicatorRegistry {

  /** The largest page a search returns. */
  public static final int MAX_PAGE = 1_000;

  private static final int SCAN_ROUNDS = 20;

  private final IndicatorStore store;
  private final SharingPolicies policies;
  private final WarningLists warningLists;
  private final ApplicationEventPublisher events;
  private final VersionScan versions;
  private final NodeSecret secret;
  private final ReceivedVersions received;

  IndicatorRegistry(
      IndicatorStore store,
      SharingPolicies policies,
      WarningLists warningLists,
      ApplicationEventPublisher events,
      VersionScan versions,
      NodeSecret secret,
      ReceivedVersions received) {
    this.received = received;
    this.store = store;
    this.versions = versions;
    this.secret = secret;
    this.policies = policies;
    this.warningLists = warningLists;
    this.events = events;
  }

  /** Published once a sighting of an indicator is committed: its effective confidence moved. */
  public record IndicatorSighted(IndicatorId indicator) {}

  /** An indicator as one viewer may see it. */
  public record Visible(StoredIndicator stored, boolean originatorDisclosed) {}

  /**
   * The versions of an indicator a viewer may see, newest first, and whether it may know the
   * originator.
   */
  public record History(boolean originatorDisclosed, List<Indicator> versions) {}

  /** A page of a search and where the next page starts. */
  public record Page(List<Visible> items, @Nullable Long nextCursor) {}

  /** What receiving a version from a partner node did. */
  public enum Reception {
    /** Stored as a new version (current, or history when older than the current one). */
    STORED,
    /** This version was already stored; only its receiving agencies may have grown. */
    UNCHANGED,
    /** Another indicator holds this id, or the originator's selector under another id. */
    CONFLICT
  }

  /**
   * Which of these indicators' versions this node holds already such that {@code agency} pulling
   * them again changes nothing: the agency is among their receivers, or they are TLP:CLEAR or GREEN
   * (whose receivers do not matter to who sees them). Keys as {@link #versionKey}.
   */
  public Set<String> versionsHeldBy(AgencyId agency, List<String> ids) {
    return received.heldBy(agency, ids);
  }

  /** The key of one version in {@link #versionsHeldBy}: its id and {@code modified}. */
  public static String versionKey(@Nullable String id, @Nullable Instant modified) {
    return id + " " + modified;
  }

  /**
   * Stores a version received from partner node {@code partner} for the local agency {@code
   * receivedBy}, verbatim and idempotently, in the caller's transaction. The originator must be a
   * partner node's agency ({@code originNode} is its node); the caller checks that. Alone, it is
   * its own transaction.
   */
  @Transactional
  public Reception receive(
      Indicator version, AgencyId receivedBy, String originNode, String partner) {
    return received.receive(version, receivedBy, originNode, partner);
  }

  /** The warning-list entries a selector is on (empty when none). */
  public List<String> warnings(Selector selector) {
    return warningLists.matches(selector);
  }

  /** Publishes a draft as the originator's indicator. */
  public PublishOutcome publish(AgencyId originator, IndicatorDraft draft) {
    return store.publish(originator, draft);
  }

  /** The indicator if the viewer may see it. */
  public Optional<Visible> get(Agency viewer, IndicatorId id) {
    Visibility policy = visibility();
    return store.find(id).flatMap(stored -> visible(policy, viewer, stored));
  }

  /** Every version of an indicator that the viewer may see, newest first. */
  public History history(Agency viewer, IndicatorId id) {
    Visible current = get(viewer, id).orElseThrow(() -> new IndicatorNotFoundException(id.value()));
    Visibility policy = visibility();
    return new History(
        current.originatorDisclosed(),
        store.history(id).stream()
            .filter(
                version ->
                    policy.access(viewer, version, current.stored().receivedBy()).isGranted())
            .toList());
  }

  /** Every visible indicator on a selector. */
  public List<Visible> correlate(Agency viewer, Selector selector) {
    Visibility policy = visibility();
    List<Visible> visible = new ArrayList<>();
    for (StoredIndicator stored : store.onSelector(selector.type().code(), selector.canonical())) {
      visible(policy, viewer, stored).ifPresent(visible::add);
    }
    return visible;
  }

  /** One page of the indicators the viewer may see that match the query, newest change first. */
  public Page search(Agency viewer, IndicatorQuery query, @Nullable Long cursor, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("a page holds 1-" + MAX_PAGE + " indicators");
    }
    Visibility policy = visibility();
    List<Visible> items = new ArrayList<>();
    long before = cursor == null ? Long.MAX_VALUE : cursor;
    for (int round = 0; round < SCAN_ROUNDS && items.size() < limit; round++) {
      int batch = Math.min(MAX_PAGE * 2, (limit - items.size()) * 2 + 10);
      List<StoredIndicator> scanned = store.scan(query, viewer.id(), before, batch);
      for (StoredIndicator stored : scanned) {
        before = stored.changeSeq();
        Optional<Visible> seen = visible(policy, viewer, stored);
        if (seen.isPresent() && matchesAgency(query, seen.get())) {
          items.add(seen.get());
          if (items.size() == limit) {
            return new Page(items, before);
          }
        }
      }
      if (scanned.size() < batch) {
        return new Page(items, null);
      }
    }
    return new Page(items, before);
  }

  /**
   * One page of the indicator versions the viewer may see, in the order the node stored them, after
   * {@code after}. A version is visible when the viewer may see both it and the indicator's current
   * version (as for {@link #history}); the originator is disclosed as for the current one.
   */
  public VersionQuery.AddedPage added(
      Agency viewer, VersionQuery query, VersionQuery.@Nullable Position after, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("a page holds 1-" + MAX_PAGE + " versions");
    }
    Visibility policy = visibility();
    List<VersionQuery.Added> items = new ArrayList<>();
    VersionQuery.Position position = after;
    for (int round = 0; round < SCAN_ROUNDS; round++) {
      // first as many as a page needs when all are visible, then twice what is missing
      int batch =
          round == 0 ? limit + 1 : Math.min(MAX_PAGE * 2, (limit + 1 - items.size()) * 2 + 10);
      List<VersionScan.Row> rows = versions.after(query, viewer.id(), position, batch);
      for (VersionScan.Row row : rows) {
        if (policy.access(viewer, row.current()) instanceof Access.Granted seen
            && policy
                .access(viewer, IndicatorRows.shared(row.indicator(), row.receivedBy()))
                .isGranted()) {
          if (items.size() == limit) {
            return new VersionQuery.AddedPage(items, position);
          }
          items.add(
              new VersionQuery.Added(
                  row.indicator(), seen.originatorDisclosed(), row.added(), row.changeSeq()));
        }
        position = new VersionQuery.Position(row.added(), row.changeSeq());
      }
      if (rows.size() < batch) {
        return new VersionQuery.AddedPage(items, null);
      }
    }
    return new VersionQuery.AddedPage(items, position);
  }

  /** The id the node gives the originator's indicator on a selector. */
  public IndicatorId idOf(AgencyId originator, Selector selector) {
    return secret.indicatorId(originator, selector.id());
  }

  /** Revokes an indicator; only its originator may. */
  public Indicator revoke(Agency caller, IndicatorId id) {
    Visible visible = get(caller, id).orElseThrow(() -> new IndicatorNotFoundException(id.value()));
    if (!visible.stored().indicator().originator().equals(caller.id())) {
      throw new NotOriginatorException(id.value());
    }
    return store.revoke(id);
  }

  /** A sighting as recorded: how it weighed, and the indicator as the reporter now sees it. */
  public record Sighted(SightingWeight weight, Visible visible) {}

  /** Records a sighting of an indicator the reporter may see, weighed by {@link SightingRule}. */
  public Sighted sight(
      Agency reporter,
      IndicatorId id,
      SightingKind kind,
      boolean anonymous,
      Instant observedAt,
      @Nullable String note) {
    Visible before =
        get(reporter, id).orElseThrow(() -> new IndicatorNotFoundException(id.value()));
    boolean byOriginator = before.stored().indicator().originator().equals(reporter.id());
    SightingWeight weight =
        store.sight(id, kind, reporter.id(), byOriginator, anonymous, observedAt, note);
    if (weight == SightingWeight.WEIGHED) {
      events.publishEvent(new IndicatorSighted(id));
    }
    return new Sighted(
        weight, get(reporter, id).orElseThrow(() -> new IndicatorNotFoundException(id.value())));
  }

  /** The sightings of an indicator as the viewer may see them: all for the originator. */
  public List<IndicatorStore.Sighting> sightings(Agency viewer, IndicatorId id) {
    Visible visible = get(viewer, id).orElseThrow(() -> new IndicatorNotFoundException(id.value()));
    boolean originator = visible.stored().indicator().originator().equals(viewer.id());
    return store.sightings(id).stream()
        .filter(s -> originator || (!s.anonymous() && s.reporter().equals(viewer.id().value())))
        .toList();
  }

  private Visibility visibility() {
    return new Visibility(policies.current(), policies.remoteNodes());
  }

  /** The one visibility rule, for every read path: see {@link Visibility}. */
  private static Optional<Visible> visible(
      Visibility policy, Agency viewer, StoredIndicator stored) {
    return switch (policy.access(viewer, stored.indicator(), stored.receivedBy())) {
      case Access.Granted granted ->
          Optional.of(new Visible(stored, granted.originatorDisclosed()));
      case Access.Denied denied -> Optional.empty();
    };
  }

  private static boolean matchesAgency(IndicatorQuery query, Visible visible) {
    String agency = query.agency();
    return agency == null
        || (visible.originatorDisclosed()
            && visible.stored().indicator().originator().value().equals(agency));
  }
}
