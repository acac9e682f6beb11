package org.mekong.server.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.names.Schema;
import org.springframework.stereotype.Service;

/**
 * Any name searched in the name lists for another feature (the console's one search box): persons
 * and organisations alike, under the viewer's visibility, as {@code POST /api/v1/names/search}
 * finds them.
 */
@Service
public class NameLookup {

  /** A listed entity found for a name, as its viewer may see it, with the comparison. */
  public record Hit(
      String list,
      String id,
      String schema,
      String name,
      List<String> names,
      List<String> birthDates,
      List<String> nationalities,
      List<String> datasets,
      @Nullable String originator,
      double score,
      boolean match,
      String explanation) {

    public Hit {
      names = List.copyOf(names);
      birthDates = List.copyOf(birthDates);
      nationalities = List.copyOf(nationalities);
      datasets = List.copyOf(datasets);
    }

    /** The entity as {@code list/id}, as the audit names it. */
    public String key() {
      return list + "/" + id;
    }

    static Hit of(NameSearch.Found found) {
      NameEntity e = found.entity();
      return new Hit(
          e.list(),
          e.id(),
          e.schema().label(),
          found.name(),
          e.names(),
          e.birthDates(),
          e.nationalities(),
          e.datasets(),
          found.originatorShown() ? e.shared().originator().value() : null,
          found.comparison().score(),
          found.comparison().match(),
          found.comparison().explanation());
    }
  }

  /** The kinds a free-text name is searched as: a person, and any organisation. */
  private static final List<Schema> SEARCHED = List.of(Schema.PERSON, Schema.LEGAL_ENTITY);

  private final NameSearch search;
  private final NameEntities entities;

  NameLookup(NameSearch search, NameEntities entities) {
    this.search = search;
    this.entities = entities;
  }

  /** Whether the name lists are loaded and can be searched. */
  public boolean ready() {
    return entities.ready();
  }

  /** Why {@code text} cannot be searched as a name (e.g. it has no letters), if it cannot. */
  public Optional<String> rejection(String text) {
    return Optional.ofNullable(NameSearch.rejection(Schema.PERSON, text));
  }

  /**
   * The best entities for {@code text} that {@code viewer} may see, as a person and as an
   * organisation, best first, at most {@code limit}; empty while the lists are loading.
   */
  public List<Hit> find(Agency viewer, String text, int limit) {
    if (!entities.ready() || rejection(text).isPresent()) {
      return List.of();
    }
    Map<String, Hit> best = new LinkedHashMap<>();
    for (Schema schema : SEARCHED) {
      NameSearch.Query query = new NameSearch.Query(schema, List.of(text), null, null);
      for (NameSearch.Found found : search.search(viewer, query, limit)) {
        Hit hit = Hit.of(found);
        best.merge(hit.key(), hit, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    List<Hit> ranked = new ArrayList<>(best.values());
    ranked.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::key));
    return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
  }
}
