package org.mekong.server.indicator;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;

/**
 * Which stored indicator versions a read by date added asks for (TAXII's filters).
 *
 * @param addedAfter only versions stored after this instant; null for all
 * @param ids only these indicators; empty for all
 * @param versions which versions of each indicator
 * @param originators only indicators originated by these agencies; empty for all
 * @param horizon the read stops before this instant (see {@code database.VersionWriters}); null for
 *     the horizon as the read finds it. Reads whose pages are merged share one.
 */
public record VersionQuery(
    @Nullable Instant addedAfter,
    List<IndicatorId> ids,
    Versions versions,
    Set<AgencyId> originators,
    @Nullable Instant horizon) {

  /** The most indicator ids one query may name. */
  public static final int MAX_IDS = 100;

  public VersionQuery {
    ids = List.copyOf(ids);
    originators = Set.copyOf(originators);
    if (ids.size() > MAX_IDS) {
      throw new IllegalArgumentException("a query names at most " + MAX_IDS + " indicators");
    }
  }

  /** A query over the indicators of every originator. */
  public VersionQuery(@Nullable Instant addedAfter, List<IndicatorId> ids, Versions versions) {
    this(addedAfter, ids, versions, Set.of(), null);
  }

  /** The same query over the indicators of {@code only} these originators. */
  public VersionQuery originatedBy(Set<AgencyId> only) {
    return new VersionQuery(addedAfter, ids, versions, only, horizon);
  }

  /** The same query, stopping before {@code at}. */
  public VersionQuery until(Instant at) {
    return new VersionQuery(addedAfter, ids, versions, originators, at);
  }

  /**
   * Which versions of each indicator: every one, or those that are the first, the latest, or
   * modified at one of the given instants (any that applies).
   */
  public record Versions(boolean all, boolean first, boolean last, Set<Instant> modified) {

    /** The latest version only, TAXII's default. */
    public static final Versions LAST = new Versions(false, false, true, Set.of());

    public Versions {
      modified = Set.copyOf(modified);
      if (!all && !first && !last && modified.isEmpty()) {
        throw new IllegalArgumentException("a version filter selects at least one version");
      }
      if (modified.size() > MAX_IDS) {
        throw new IllegalArgumentException("a filter names at most " + MAX_IDS + " versions");
      }
    }
  }

  /** Where a read stopped: the last version's date added and change sequence. */
  public record Position(Instant added, long changeSeq) {}

  /** An indicator version as one viewer may see it, with when the node stored it. */
  public record Added(
      Indicator indicator, boolean originatorDisclosed, Instant added, long changeSeq) {

    /** The STIX 2.1 object, with the originator left out where it is withheld. */
    public tools.jackson.databind.node.ObjectNode stix() {
      return StixViews.indicator(indicator, originatorDisclosed);
    }

    /** Where a read that ends at this version stopped. */
    public Position position() {
      return new Position(added, changeSeq);
    }
  }

  /** A page of versions in the order they were stored; {@code next} is null at the end. */
  public record AddedPage(List<Added> items, @Nullable Position next) {}
}
