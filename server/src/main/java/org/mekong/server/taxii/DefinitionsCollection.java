package org.mekong.server.taxii;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.indicator.VersionQuery;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads of the {@code definitions} collection: the same filters as the indicators collection
 * ({@code added_after}, {@code match[id]}, {@code match[type]}, {@code match[version]}, {@code
 * match[spec_version]}, {@code limit}, {@code next}) over an in-memory list. Each object has one
 * version, so {@code first}, {@code last} and {@code all} select it alike.
 */
final class DefinitionsCollection {

  private static final String CURSOR_PREFIX = "d1:";

  private DefinitionsCollection() {}

  /** A page of the collection; {@code next} is null at the end. */
  record Page(List<TaxiiDefinitions.Entry> items, @Nullable String next) {}

  /** The envelope of the objects (or of the one object {@code onlyId}). */
  static void envelope(
      List<TaxiiDefinitions.Entry> all,
      @Nullable String onlyId,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Page page = read(all, request, onlyId);
    ArrayNode objects = TaxiiJson.JSON.createArrayNode();
    page.items().forEach(entry -> objects.add(entry.object()));
    answer(page, "objects", objects, request, response);
  }

  /** The versions of the one object {@code id}. */
  static void versions(
      List<TaxiiDefinitions.Entry> all,
      String id,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Page page = read(all, request, id);
    ArrayNode versions = TaxiiJson.JSON.createArrayNode();
    page.items().forEach(entry -> versions.add(entry.version()));
    answer(page, "versions", versions, request, response);
  }

  /** The manifest of the objects. */
  static void manifest(
      List<TaxiiDefinitions.Entry> all, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Page page = read(all, request, null);
    ArrayNode objects = TaxiiJson.JSON.createArrayNode();
    for (TaxiiDefinitions.Entry entry : page.items()) {
      ObjectNode item = objects.addObject();
      item.put("id", entry.id());
      item.put("date_added", TaxiiJson.timestamp(entry.added()));
      item.set("version", entry.version());
      item.put("media_type", TaxiiJson.STIX);
    }
    answer(page, "objects", objects, request, response);
  }

  static Page read(
      List<TaxiiDefinitions.Entry> all, HttpServletRequest request, @Nullable String onlyId) {
    if (onlyId != null && all.stream().noneMatch(entry -> entry.id().equals(onlyId))) {
      throw TaxiiException.notFound("no object " + onlyId + " in this collection");
    }
    Instant addedAfter =
        ObjectFilters.timestamp("added_after", request.getParameter("added_after"));
    List<String> ids = onlyId != null ? List.of(onlyId) : ObjectFilters.list(request, "match[id]");
    if (ids.size() > VersionQuery.MAX_IDS) {
      throw TaxiiException.badRequest("match[id] names at most " + VersionQuery.MAX_IDS + " ids");
    }
    List<String> types = ObjectFilters.list(request, "match[type]");
    List<String> specVersions = ObjectFilters.list(request, "match[spec_version]");
    boolean anyVersion = false;
    Set<Instant> versions = new HashSet<>();
    List<String> wantedVersions = ObjectFilters.list(request, "match[version]");
    for (String value : wantedVersions) {
      switch (value) {
        case "all", "first", "last" -> anyVersion = true;
        default -> {
          Instant at = ObjectFilters.timestamp("match[version]", value);
          if (at != null) {
            versions.add(at);
          }
        }
      }
    }
    boolean everyVersion = wantedVersions.isEmpty() || anyVersion;
    String next = request.getParameter("next");
    Position after = next == null || next.isBlank() ? null : decode(next);
    int limit = ObjectFilters.limit(request.getParameter("limit"));
    List<TaxiiDefinitions.Entry> items = new ArrayList<>();
    for (TaxiiDefinitions.Entry entry : all) {
      if ((after != null && !after.isBefore(entry))
          || (addedAfter != null && !entry.added().isAfter(addedAfter))
          || (!ids.isEmpty() && !ids.contains(entry.id()))
          || (!types.isEmpty() && !types.contains(entry.type()))
          || (!specVersions.isEmpty() && !specVersions.contains("2.1"))
          || (!everyVersion && !versions.contains(Instant.parse(entry.version().asString())))) {
        continue;
      }
      if (items.size() == limit) {
        TaxiiDefinitions.Entry last = items.getLast();
        return new Page(items, encode(new Position(last.added(), last.id())));
      }
      items.add(entry);
    }
    return new Page(items, null);
  }

  /** Where a page stopped: the last object's date added and id. */
  private record Position(Instant added, String id) {
    boolean isBefore(TaxiiDefinitions.Entry entry) {
      int byAdded = added.compareTo(entry.added());
      return byAdded < 0 || (byAdded == 0 && id.compareTo(entry.id()) < 0);
    }
  }

  private static String encode(Position position) {
    String plain =
        CURSOR_PREFIX
            + position.added().getEpochSecond()
            + ":"
            + position.added().getNano()
            + ":"
            + position.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  private static Position decode(String next) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.US_ASCII);
      String[] parts = plain.split(":", 4);
      if (!plain.startsWith(CURSOR_PREFIX) || parts.length != 4) {
        throw invalid();
      }
      return new Position(
          Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), parts[3]);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw invalid();
    }
  }

  private static TaxiiException invalid() {
    return TaxiiException.badRequest("'next' is not a cursor this server gave out");
  }

  private static void answer(
      Page page,
      String field,
      ArrayNode items,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    ObjectNode body = TaxiiJson.object();
    body.put("more", page.next() != null);
    if (page.next() != null) {
      body.put("next", page.next());
    }
    if (!items.isEmpty()) {
      body.set(field, items);
    }
    if (!page.items().isEmpty()) {
      response.setHeader(
          "X-TAXII-Date-Added-First", TaxiiJson.timestamp(page.items().getFirst().added()));
      response.setHeader(
          "X-TAXII-Date-Added-Last", TaxiiJson.timestamp(page.items().getLast().added()));
    }
    AuditContext.describe(request, "taxii-definitions", page.items().size() + " served");
    TaxiiJson.write(response, 200, body);
  }
}
