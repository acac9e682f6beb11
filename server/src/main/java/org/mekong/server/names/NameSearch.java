package org.mekong.server.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;
import org.mekong.core.names.index.Candidate;
import org.mekong.core.names.index.NameIndex;
import org.mekong.core.sharing.Access;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.server.sharing.SharingPolicies;
import org.springframework.stereotype.Service;

/**
 * Searches the name index for one viewer: only entities it may see under the sharing policy, the
 * names of a query each searched and the best comparison of each entity kept, then birth date and
 * nationality weighed (see docs/decisions/0039-name-index-and-screening.md).
 */
@Service
class NameSearch {

  /** A query: a schema, one or more names and what else is known of a person. */
  record Query(
      Schema schema, List<String> names, @Nullable String birthDate, @Nullable String nationality) {

    Query {
      names = List.copyOf(names);
    }
  }

  /** An entity found, with the comparison of its best name and whether its originator is shown. */
  record Found(NameEntity entity, String name, Comparison comparison, boolean originatorShown) {}

  private final NameEntities entities;
  private final SharingPolicies policies;

  NameSearch(NameEntities entities, SharingPolicies policies) {
    this.entities = entities;
    this.policies = policies;
  }

  /** The best entities for {@code query} that {@code viewer} may see, at most {@code limit}. */
  List<Found> search(Agency viewer, Query query, int limit) {
    if (!entities.ready()) {
      throw new NamesNotReadyException(entities.loaded());
    }
    SharingPolicy policy = policies.current();
    Map<Integer, Boolean> shown = new HashMap<>();
    IntPredicate visible =
        number -> {
          NameEntity entity = entities.entity(number);
          if (entity == null) {
            return false;
          }
          Access access = policy.access(viewer, entity.shared());
          if (access instanceof Access.Granted granted) {
            shown.put(number, granted.originatorDisclosed());
            return true;
          }
          return false;
        };
    NameIndex index = entities.index();
    Map<Integer, Found> best = new HashMap<>();
    for (String name : query.names()) {
      for (Candidate candidate : index.search(query.schema(), name, limit, visible)) {
        NameEntity entity = entities.entity(candidate.entity());
        if (entity == null) {
          continue;
        }
        Comparison weighed = Evidence.weigh(candidate.comparison(), query, entity);
        Found found =
            new Found(
                entity, candidate.name(), weighed, shown.getOrDefault(candidate.entity(), false));
        best.merge(
            entity.number(),
            found,
            (a, b) -> a.comparison().score() >= b.comparison().score() ? a : b);
      }
    }
    List<Found> ranked = new ArrayList<>(best.values());
    ranked.sort(
        Comparator.comparingDouble((Found f) -> f.comparison().score())
            .reversed()
            .thenComparing(f -> f.entity().list())
            .thenComparing(f -> f.entity().id()));
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  /** Why a query name cannot be searched, or null. */
  static @Nullable String rejection(Schema schema, String name) {
    return NameComparator.rejection(schema, name).orElse(null);
  }
}
