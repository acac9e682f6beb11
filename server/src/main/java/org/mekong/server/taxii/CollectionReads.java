package org.mekong.server.taxii;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.stix.CaseworkStixType;
import org.mekong.core.stix.LegalStixType;
import org.mekong.core.stix.RequestStixType;
import org.mekong.server.casework.CaseworkExchange;
import org.mekong.server.database.VersionWriters;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.indicator.VersionQuery;
import org.mekong.server.legal.LegalExchange;
import org.mekong.server.requests.RequestExchange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads of the indicators collection, which holds every version of every indicator and of every
 * legal record (Mekong's legal types) the caller may see, the request and response versions
 * addressed to the caller's node, and the casework versions addressed to the caller (Mekong's
 * casework types; neither of the last two ever in a trust group's root): the kinds are read apart,
 * each in the order the node stored them, and merged by (date added, change sequence), a pair
 * unique across all because their change sequences come from one database sequence. One cursor
 * pages through all.
 */
@Component
class CollectionReads {

  /** One object version of the collection and where it lies in the order. */
  record Item(String id, ObjectNode stix, Instant added, long changeSeq) {
    VersionQuery.Position position() {
      return new VersionQuery.Position(added, changeSeq);
    }
  }

  /** A page of versions; {@code next} is null at the end. */
  record Page(List<Item> items, VersionQuery.@Nullable Position next) {}

  private static final Comparator<VersionQuery.Position> ORDER =
      Comparator.comparing(VersionQuery.Position::added)
          .thenComparingLong(VersionQuery.Position::changeSeq);

  private final IndicatorRegistry registry;
  private final LegalExchange legal;
  private final RequestExchange requests;
  private final CaseworkExchange casework;
  private final JdbcClient jdbc;

  CollectionReads(
      IndicatorRegistry registry,
      LegalExchange legal,
      RequestExchange requests,
      CaseworkExchange casework,
      JdbcClient jdbc) {
    this.registry = registry;
    this.legal = legal;
    this.requests = requests;
    this.casework = casework;
    this.jdbc = jdbc;
  }

  /**
   * Whether {@code agency} may see the object {@code id} in {@code root} (in a trust-group root
   * only the members' objects whose originator the caller may know).
   */
  boolean exists(Agency agency, ApiRoots.Root root, String id) {
    if (RequestStixType.ofId(id).isPresent()) {
      return !root.isTrustGroup() && requests.exists(agency, id);
    }
    if (CaseworkStixType.ofId(id).isPresent()) {
      return !root.isTrustGroup() && casework.exists(agency, id);
    }
    if (LegalStixType.ofId(id).isPresent()) {
      return legal
          .find(agency, id)
          .filter(seen -> inRoot(root, seen.originator(), seen.originatorDisclosed()))
          .isPresent();
    }
    return IndicatorId.isValid(id)
        && registry
            .get(agency, new IndicatorId(id))
            .filter(
                seen ->
                    inRoot(
                        root, seen.stored().indicator().originator(), seen.originatorDisclosed()))
            .isPresent();
  }

  /** A page of what {@code filters} ask for, merged in the collection's order. */
  Page read(Agency agency, ApiRoots.Root root, ObjectFilters filters) {
    // one horizon for all sources, so the merged cursor never passes a version one of them held
    VersionQuery query = filters.query().until(VersionWriters.horizon(jdbc));
    if (root.isTrustGroup()) {
      query = query.originatedBy(root.members());
    }
    int limit = filters.limit();
    List<Item> items = new ArrayList<>();
    List<VersionQuery.Position> nexts = new ArrayList<>();
    if (filters.indicators()) {
      VersionQuery.AddedPage page = registry.added(agency, query, filters.after(), limit);
      for (VersionQuery.Added added : page.items()) {
        if (inRoot(root, added.indicator().originator(), added.originatorDisclosed())) {
          items.add(
              new Item(
                  added.indicator().id().value(), added.stix(), added.added(), added.changeSeq()));
        }
      }
      if (page.next() != null) {
        nexts.add(page.next());
      }
    }
    if (filters.legal()) {
      LegalExchange.Page page =
          legal.added(
              agency, query, filters.legalIds(), filters.legalTypes(), filters.after(), limit);
      for (LegalExchange.Added added : page.items()) {
        if (inRoot(root, added.originator(), added.originatorDisclosed())) {
          items.add(new Item(added.stixId(), added.stix(), added.added(), added.changeSeq()));
        }
      }
      if (page.next() != null) {
        nexts.add(page.next());
      }
    }
    if (filters.requests() && !root.isTrustGroup()) {
      RequestExchange.Page page =
          requests.added(
              agency, query, filters.requestIds(), filters.requestTypes(), filters.after(), limit);
      for (RequestExchange.Added added : page.items()) {
        items.add(new Item(added.stixId(), added.stix(), added.added(), added.changeSeq()));
      }
      if (page.next() != null) {
        nexts.add(page.next());
      }
    }
    if (filters.casework() && !root.isTrustGroup()) {
      CaseworkExchange.Page page =
          casework.added(
              agency,
              query,
              filters.caseworkIds(),
              filters.caseworkTypes(),
              filters.after(),
              limit);
      for (CaseworkExchange.Added added : page.items()) {
        items.add(new Item(added.stixId(), added.stix(), added.added(), added.changeSeq()));
      }
      if (page.next() != null) {
        nexts.add(page.next());
      }
    }
    return merge(items, nexts, limit);
  }

  /**
   * The first {@code limit} items in order, where each source is complete only up to its own next
   * position: past the earliest of those, the items wait for the next page.
   */
  static Page merge(List<Item> items, List<VersionQuery.Position> nexts, int limit) {
    VersionQuery.Position cut = nexts.stream().min(ORDER).orElse(null);
    List<Item> sorted =
        items.stream()
            .filter(item -> cut == null || ORDER.compare(item.position(), cut) <= 0)
            .sorted(Comparator.comparing(Item::position, ORDER))
            .toList();
    if (sorted.size() > limit) {
      List<Item> page = sorted.subList(0, limit);
      return new Page(page, page.getLast().position());
    }
    return new Page(sorted, cut);
  }

  private static boolean inRoot(ApiRoots.Root root, AgencyId originator, boolean disclosed) {
    return !root.isTrustGroup() || (disclosed && root.members().contains(originator));
  }
}
