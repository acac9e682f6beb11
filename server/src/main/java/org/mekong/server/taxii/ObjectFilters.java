package org.mekong.server.taxii;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.stix.CaseworkStixType;
import org.mekong.core.stix.LegalStixType;
import org.mekong.core.stix.RequestStixType;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.indicator.VersionQuery;

/**
 * The TAXII filters and paging parameters of a request: {@code added_after}, {@code match[id]},
 * {@code match[type]}, {@code match[version]}, {@code match[spec_version]}, {@code limit} and
 * {@code next}.
 *
 * @param query what to read of the indicators (and, but for its ids, of the legal records)
 * @param legalIds the legal records {@code match[id]} names; empty for all
 * @param legalTypes the legal types {@code match[type]} asks for (all when it names none)
 * @param indicators whether the filters let any indicator through
 * @param legal whether the filters let any legal record through
 * @param caseworkIds the casework records {@code match[id]} names; empty for all
 * @param caseworkTypes the casework types {@code match[type]} asks for (all when it names none)
 * @param casework whether the filters let any casework record through
 * @param after where the previous page stopped; null for the first page
 * @param limit the largest page
 * @param requestIds the request objects {@code match[id]} names; empty for all
 * @param requestTypes the request types {@code match[type]} asks for (all when it names none)
 * @param requests whether the filters let any request or response through
 */
record ObjectFilters(
    VersionQuery query,
    List<String> legalIds,
    Set<LegalStixType> legalTypes,
    boolean indicators,
    boolean legal,
    List<String> caseworkIds,
    Set<CaseworkStixType> caseworkTypes,
    boolean casework,
    VersionQuery.@Nullable Position after,
    int limit,
    List<String> requestIds,
    Set<RequestStixType> requestTypes,
    boolean requests) {

  ObjectFilters {
    legalIds = List.copyOf(legalIds);
    legalTypes = Set.copyOf(legalTypes);
    requestIds = List.copyOf(requestIds);
    requestTypes = Set.copyOf(requestTypes);
    caseworkIds = List.copyOf(caseworkIds);
    caseworkTypes = Set.copyOf(caseworkTypes);
  }

  /** Whether the type, id or spec version filters rule out everything the collection holds. */
  boolean none() {
    return !indicators && !legal && !requests && !casework;
  }

  /** The page size when the client gives none. */
  static final int DEFAULT_LIMIT = IndicatorRegistry.MAX_PAGE;

  static ObjectFilters parse(
      HttpServletRequest request, VersionQuery.Versions defaultVersions, @Nullable String onlyId) {
    Instant addedAfter = timestamp("added_after", request.getParameter("added_after"));
    List<IndicatorId> ids = new ArrayList<>();
    List<String> legalIds = new ArrayList<>();
    List<String> requestIds = new ArrayList<>();
    List<String> caseworkIds = new ArrayList<>();
    List<String> wantedIds = onlyId != null ? List.of(onlyId) : list(request, "match[id]");
    for (String id : wantedIds) {
      if (IndicatorId.isValid(id)) {
        ids.add(new IndicatorId(id));
      } else if (LegalStixType.ofId(id).isPresent()) {
        legalIds.add(id);
      } else if (RequestStixType.ofId(id).isPresent()) {
        requestIds.add(id);
      } else if (CaseworkStixType.ofId(id).isPresent()) {
        caseworkIds.add(id);
      }
    }
    if (ids.size() + legalIds.size() + requestIds.size() + caseworkIds.size()
        > VersionQuery.MAX_IDS) {
      throw TaxiiException.badRequest("match[id] names at most " + VersionQuery.MAX_IDS + " ids");
    }
    boolean indicators = wantedIds.isEmpty() || !ids.isEmpty();
    boolean legal = wantedIds.isEmpty() || !legalIds.isEmpty();
    boolean requests = wantedIds.isEmpty() || !requestIds.isEmpty();
    boolean casework = wantedIds.isEmpty() || !caseworkIds.isEmpty();
    List<String> types = list(request, "match[type]");
    Set<LegalStixType> legalTypes = EnumSet.noneOf(LegalStixType.class);
    Set<RequestStixType> requestTypes = EnumSet.noneOf(RequestStixType.class);
    Set<CaseworkStixType> caseworkTypes = EnumSet.noneOf(CaseworkStixType.class);
    for (String type : types) {
      LegalStixType.ofType(type).ifPresent(legalTypes::add);
      RequestStixType.ofType(type).ifPresent(requestTypes::add);
      CaseworkStixType.ofType(type).ifPresent(caseworkTypes::add);
    }
    if (!types.isEmpty()) {
      indicators &= types.contains("indicator");
      legal &= !legalTypes.isEmpty();
      requests &= !requestTypes.isEmpty();
      casework &= !caseworkTypes.isEmpty();
    }
    List<String> specVersions = list(request, "match[spec_version]");
    if (!specVersions.isEmpty() && !specVersions.contains("2.1")) {
      indicators = false;
      legal = false;
      requests = false;
      casework = false;
    }
    VersionQuery.Versions versions = versions(list(request, "match[version]"), defaultVersions);
    String next = request.getParameter("next");
    return new ObjectFilters(
        new VersionQuery(addedAfter, ids, versions),
        legalIds,
        legalTypes,
        indicators,
        legal,
        caseworkIds,
        caseworkTypes,
        casework,
        next == null || next.isBlank() ? null : Cursors.decode(next),
        limit(request.getParameter("limit")),
        requestIds,
        requestTypes,
        requests);
  }

  private static VersionQuery.Versions versions(
      List<String> values, VersionQuery.Versions defaultVersions) {
    if (values.isEmpty()) {
      return defaultVersions;
    }
    boolean all = false;
    boolean first = false;
    boolean last = false;
    Set<Instant> modified = new HashSet<>();
    for (String value : values) {
      switch (value) {
        case "all" -> all = true;
        case "first" -> first = true;
        case "last" -> last = true;
        default -> {
          Instant at = timestamp("match[version]", value);
          if (at != null) {
            modified.add(at);
          }
        }
      }
    }
    if (modified.size() > VersionQuery.MAX_IDS) {
      throw TaxiiException.badRequest(
          "match[version] names at most " + VersionQuery.MAX_IDS + " versions");
    }
    return new VersionQuery.Versions(all, first, last, modified);
  }

  static int limit(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value.strip());
      if (limit < 1) {
        throw TaxiiException.badRequest("limit must be a positive number");
      }
      return Math.min(limit, IndicatorRegistry.MAX_PAGE);
    } catch (NumberFormatException e) {
      throw TaxiiException.badRequest("limit must be a positive number");
    }
  }

  static @Nullable Instant timestamp(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw TaxiiException.badRequest(name + " must be a timestamp like 2026-01-01T00:00:00.000Z");
    }
  }

  static List<String> list(HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    if (values == null) {
      return List.of();
    }
    return Arrays.stream(values)
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .toList();
  }
}
