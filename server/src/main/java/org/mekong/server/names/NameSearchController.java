package org.mekong.server.names;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.names.Schema;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Name search, the import of FtM name lists and the state of the name index. */
@RestController
class NameSearchController {

  /** The most candidates one search returns. */
  static final int MAX_LIMIT = 100;

  private static final Pattern LIST = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

  /** A search: a schema and a name, optionally a birth date and a nationality of a person. */
  record SearchRequest(
      @Nullable String schema,
      @Nullable String name,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable Integer limit) {}

  /** An entity as a viewer sees it; the originator only where it is disclosed. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record EntityView(
      String list,
      String id,
      String schema,
      List<String> names,
      List<String> birthDates,
      List<String> nationalities,
      List<String> datasets,
      @Nullable String originator) {

    static EntityView of(NameSearch.Found found) {
      NameEntity e = found.entity();
      return new EntityView(
          e.list(),
          e.id(),
          e.schema().label(),
          e.names(),
          e.birthDates(),
          e.nationalities(),
          e.datasets(),
          found.originatorShown() ? e.shared().originator().value() : null);
    }
  }

  /** One candidate: the entity, its name that compared best, the score, match and explanation. */
  record Result(EntityView entity, String name, double score, boolean match, String explanation) {

    static Result of(NameSearch.Found found) {
      return new Result(
          EntityView.of(found),
          found.name(),
          found.comparison().score(),
          found.comparison().match(),
          found.comparison().explanation());
    }
  }

  record SearchResponse(List<Result> results) {}

  record Status(
      boolean ready, long loaded, @Nullable Integer entities, @Nullable Long indexBytes) {}

  private final NameSearch search;
  private final NameLists lists;
  private final NameEntities entities;

  NameSearchController(NameSearch search, NameLists lists, NameEntities entities) {
    this.search = search;
    this.lists = lists;
    this.entities = entities;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/api/v1/names/search")
  SearchResponse search(
      @AuthenticationPrincipal Caller caller,
      @RequestBody SearchRequest request,
      HttpServletRequest http) {
    Schema schema = NameQueries.schema("schema", request.schema());
    String name = NameQueries.name("name", schema, request.name());
    int limit = NameQueries.limit(request.limit(), MAX_LIMIT);
    NameSearch.Query query =
        new NameSearch.Query(
            schema,
            List.of(name),
            NameQueries.birthDate("birthDate", request.birthDate()),
            NameQueries.nationality("nationality", request.nationality()));
    List<Result> results =
        search.search(caller.requireAgency(), query, limit).stream().map(Result::of).toList();
    NameQueries.audit(http, "search", 1, results.stream().map(Result::entity).toList());
    return new SearchResponse(results);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/api/v1/names/lists/{list}/entities:import")
  NameLists.Report importList(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String list,
      @RequestParam(required = false) @Nullable String tlp,
      @RequestParam(required = false) @Nullable String recipients,
      HttpServletRequest http)
      throws IOException {
    if (!LIST.matcher(list).matches()) {
      throw new BadRequestException(
          "list", "must be 1-64 lower-case letters, digits, '_', '.' or '-'");
    }
    Tlp level =
        tlp == null
            ? Tlp.GREEN
            : Tlp.fromCode(tlp)
                .orElseThrow(
                    () ->
                        new BadRequestException(
                            "tlp", "must be clear, green, amber, amber+strict or red"));
    Set<AgencyId> named = new HashSet<>();
    if (recipients != null && !recipients.isBlank()) {
      for (String id : recipients.split(",")) {
        if (!AgencyId.isValid(id.strip())) {
          throw new BadRequestException("recipients", "names an invalid agency id");
        }
        named.add(new AgencyId(id.strip()));
      }
    }
    try {
      NameEntity.shared(caller.requireAgency().id(), level, named);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("recipients", String.valueOf(e.getMessage()));
    }
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(http.getInputStream(), StandardCharsets.UTF_8));
    NameLists.Report report =
        lists.importLines(list, lines, caller.requireAgency().id(), level, named);
    AuditContext.describe(
        http,
        "name-list",
        list + ": stored " + report.stored() + ", refused " + report.refused().size());
    return report;
  }

  @Serves({ADMIN, LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/api/v1/names/status")
  Status status(@AuthenticationPrincipal Caller caller) {
    if (caller.isAdmin() || caller.kind().isOwnAuthority()) {
      return new Status(
          entities.ready(), entities.loaded(), entities.size(), entities.index().bytes());
    }
    return new Status(entities.ready(), entities.loaded(), null, null);
  }

  static Set<String> disclosed(List<EntityView> views) {
    Set<String> out = new LinkedHashSet<>();
    views.forEach(v -> out.add(v.list() + "/" + v.id()));
    return out;
  }
}
