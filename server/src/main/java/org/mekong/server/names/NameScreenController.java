package org.mekong.server.names;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.web.BadRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screening of names against the name lists, as OpenSanctions' {@code /match} does: query entities
 * by key, each answered with its matches (score, match flag at the comparator's threshold,
 * explanation) or, for a query that cannot be screened, its error alone.
 */
@RestController
class NameScreenController {

  /** The most queries of one request. */
  static final int MAX_QUERIES = 100;

  /** A query entity: a schema and FtM properties (name, alias, birthDate, nationality). */
  record QueryEntity(@Nullable String schema, @Nullable Map<String, List<String>> properties) {}

  /** Queries by key, and at most how many results each. */
  record ScreenRequest(@Nullable Map<String, QueryEntity> queries, @Nullable Integer limit) {}

  /** The answer to one query: its results, or its error. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record QueryResponse(
      @Nullable List<NameSearchController.Result> results,
      @Nullable Boolean match,
      @Nullable String error) {}

  record ScreenResponse(Map<String, QueryResponse> responses, double threshold) {}

  private final NameSearch search;

  NameScreenController(NameSearch search) {
    this.search = search;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/names/screen")
  ScreenResponse screen(
      @AuthenticationPrincipal Caller caller,
      @RequestBody ScreenRequest request,
      HttpServletRequest http) {
    Map<String, QueryEntity> queries = request.queries();
    if (queries == null || queries.isEmpty() || queries.size() > MAX_QUERIES) {
      throw new BadRequestException("queries", "must hold 1-" + MAX_QUERIES + " queries by key");
    }
    int limit = NameQueries.limit(request.limit(), NameSearchController.MAX_LIMIT);
    Map<String, QueryResponse> responses = new LinkedHashMap<>();
    List<NameSearchController.EntityView> disclosed = new ArrayList<>();
    for (Map.Entry<String, QueryEntity> entry : queries.entrySet()) {
      NameSearch.Query query;
      try {
        query = query("queries." + entry.getKey(), entry.getValue());
      } catch (BadRequestException e) {
        responses.put(entry.getKey(), new QueryResponse(null, null, e.detail()));
        continue;
      }
      List<NameSearchController.Result> results =
          search.search(caller.requireAgency(), query, limit).stream()
              .map(NameSearchController.Result::of)
              .toList();
      results.forEach(r -> disclosed.add(r.entity()));
      boolean match = results.stream().anyMatch(NameSearchController.Result::match);
      responses.put(entry.getKey(), new QueryResponse(results, match, null));
    }
    NameQueries.audit(http, "screening", queries.size(), disclosed);
    return new ScreenResponse(responses, NameComparator.THRESHOLD);
  }

  private static NameSearch.Query query(String field, QueryEntity entity) {
    Schema schema = NameQueries.schema(field + ".schema", entity.schema());
    Map<String, List<String>> properties =
        entity.properties() == null ? Map.of() : entity.properties();
    List<String> names = new ArrayList<>();
    for (String property : List.of("name", "alias")) {
      List<String> values = properties.getOrDefault(property, List.of());
      for (int i = 0; i < values.size(); i++) {
        names.add(
            NameQueries.name(
                field + ".properties." + property + "[" + i + "]", schema, values.get(i)));
      }
    }
    if (names.isEmpty() || names.size() > 20) {
      throw new BadRequestException(field + ".properties.name", "must list 1-20 names");
    }
    List<String> dates = properties.getOrDefault("birthDate", List.of());
    List<String> countries = properties.getOrDefault("nationality", List.of());
    return new NameSearch.Query(
        schema,
        names,
        dates.isEmpty()
            ? null
            : NameQueries.birthDate(field + ".properties.birthDate", dates.getFirst()),
        countries.isEmpty()
            ? null
            : NameQueries.nationality(field + ".properties.nationality", countries.getFirst()));
  }
}
