package org.mekong.server.taxii;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.server.agency.Caller;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.indicator.VersionQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects of a collection as envelopes, one object's versions, and the manifest: every
 * indicator version the caller may see, in the order the node stored them, paged by an opaque
 * cursor.
 */
@RestController
class ObjectsController {

  private static final String COLLECTION = "/taxii2/{root}/collections/{collection}";

  private final ApiRoots roots;
  private final IndicatorRegistry registry;

  ObjectsController(ApiRoots roots, IndicatorRegistry registry) {
    this.roots = roots;
    this.registry = registry;
  }

  @GetMapping({COLLECTION + "/objects/", COLLECTION + "/objects"})
  void objects(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String collection,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    envelope(caller, root, collection, null, accept, request, response);
  }

  @GetMapping({COLLECTION + "/objects/{id}/", COLLECTION + "/objects/{id}"})
  void object(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String collection,
      @PathVariable String id,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    envelope(caller, root, collection, id, accept, request, response);
  }

  @GetMapping({COLLECTION + "/objects/{id}/versions/", COLLECTION + "/objects/{id}/versions"})
  void versions(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String collection,
      @PathVariable String id,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Read read = read(caller, root, collection, id, accept, request, ALL);
    ArrayNode versions = TaxiiJson.JSON.createArrayNode();
    read.page().items().forEach(item -> versions.add(item.stix().get("modified")));
    answer(read, "versions", versions, request, response);
  }

  @GetMapping({COLLECTION + "/manifest/", COLLECTION + "/manifest"})
  void manifest(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String collection,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Read read = read(caller, root, collection, null, accept, request, VersionQuery.Versions.LAST);
    ArrayNode objects = TaxiiJson.JSON.createArrayNode();
    for (VersionQuery.Added item : read.page().items()) {
      ObjectNode entry = objects.addObject();
      entry.put("id", item.indicator().id().value());
      entry.put("date_added", TaxiiJson.timestamp(item.added()));
      entry.set("version", item.stix().get("modified"));
      entry.put("media_type", TaxiiJson.STIX);
    }
    answer(read, "objects", objects, request, response);
  }

  private static final VersionQuery.Versions ALL =
      new VersionQuery.Versions(true, false, false, java.util.Set.of());

  /** A page read for one caller. */
  private record Read(VersionQuery.AddedPage page) {}

  private void envelope(
      Caller caller,
      String root,
      String collection,
      @Nullable String id,
      @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Read read = read(caller, root, collection, id, accept, request, VersionQuery.Versions.LAST);
    ArrayNode objects = TaxiiJson.JSON.createArrayNode();
    read.page().items().forEach(item -> objects.add(item.stix()));
    answer(read, "objects", objects, request, response);
  }

  private Read read(
      Caller caller,
      String root,
      String collection,
      @Nullable String id,
      @Nullable String accept,
      HttpServletRequest request,
      VersionQuery.Versions defaultVersions) {
    MediaTypes.requireTaxiiAccepted(accept);
    roots.root(root).collection(collection);
    Agency agency = TaxiiCallers.agency(caller);
    if (id != null
        && (!IndicatorId.isValid(id) || registry.get(agency, new IndicatorId(id)).isEmpty())) {
      throw TaxiiException.notFound("no object " + id + " in this collection");
    }
    ObjectFilters filters = ObjectFilters.parse(request, defaultVersions, id);
    VersionQuery.AddedPage page =
        filters.none()
            ? new VersionQuery.AddedPage(List.of(), null)
            : registry.added(agency, filters.query(), filters.after(), filters.limit());
    return new Read(page);
  }

  private static void answer(
      Read read,
      String field,
      ArrayNode items,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    VersionQuery.AddedPage page = read.page();
    ObjectNode body = TaxiiJson.object();
    VersionQuery.Position next = page.next();
    body.put("more", next != null);
    if (next != null) {
      body.put("next", Cursors.encode(next));
    }
    if (!items.isEmpty()) {
      body.set(field, items);
    }
    List<VersionQuery.Added> added = page.items();
    if (!added.isEmpty()) {
      response.setHeader("X-TAXII-Date-Added-First", TaxiiJson.timestamp(added.getFirst().added()));
      response.setHeader("X-TAXII-Date-Added-Last", TaxiiJson.timestamp(added.getLast().added()));
    }
    AuditContext.describe(request, "taxii-" + field, added.size() + " disclosed");
    TaxiiJson.write(response, 200, body);
  }
}
