package org.mekong.server.taxii;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
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
 * indicator version and legal record version the caller may see, in the order the node stored them,
 * paged by an opaque cursor.
 */
@RestController
class ObjectsController {

  private static final String COLLECTION = "/taxii2/{root}/collections/{collection}";

  private final ApiRoots roots;
  private final CollectionReads reads;
  private final TaxiiDefinitions definitions;

  ObjectsController(ApiRoots roots, CollectionReads reads, TaxiiDefinitions definitions) {
    this.roots = roots;
    this.reads = reads;
    this.definitions = definitions;
  }

  /** The collection a request reads, for one caller. */
  private record Target(Agency agency, ApiRoots.Root root, ApiRoots.Collection collection) {
    boolean definitions() {
      return collection.kind() == ApiRoots.Kind.DEFINITIONS;
    }
  }

  private Target target(Caller caller, String root, String collection, @Nullable String accept) {
    MediaTypes.requireTaxiiAccepted(accept);
    Agency agency = TaxiiCallers.agency(caller);
    ApiRoots.Root found = roots.root(root, agency);
    return new Target(agency, found, found.collection(collection));
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping({COLLECTION + "/objects/", COLLECTION + "/objects"})
  void objects(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String collection,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Target target = target(caller, root, collection, accept);
    if (target.definitions()) {
      DefinitionsCollection.envelope(definitions.in(target.root()), null, request, response);
      return;
    }
    envelope(target, null, request, response);
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
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
    Target target = target(caller, root, collection, accept);
    if (target.definitions()) {
      DefinitionsCollection.envelope(definitions.in(target.root()), id, request, response);
      return;
    }
    envelope(target, id, request, response);
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
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
    Target target = target(caller, root, collection, accept);
    if (target.definitions()) {
      DefinitionsCollection.versions(definitions.in(target.root()), id, request, response);
      return;
    }
    CollectionReads.Page read = read(target, id, request, ALL);
    ArrayNode versions = TaxiiJson.JSON.createArrayNode();
    read.items().forEach(item -> versions.add(item.stix().get("modified")));
    answer(read, "versions", versions, request, response);
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping({COLLECTION + "/manifest/", COLLECTION + "/manifest"})
  void manifest(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String collection,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Target target = target(caller, root, collection, accept);
    if (target.definitions()) {
      DefinitionsCollection.manifest(definitions.in(target.root()), request, response);
      return;
    }
    CollectionReads.Page read = read(target, null, request, VersionQuery.Versions.LAST);
    ArrayNode objects = TaxiiJson.JSON.createArrayNode();
    for (CollectionReads.Item item : read.items()) {
      ObjectNode entry = objects.addObject();
      entry.put("id", item.id());
      entry.put("date_added", TaxiiJson.timestamp(item.added()));
      entry.set("version", item.stix().get("modified"));
      entry.put("media_type", TaxiiJson.STIX);
    }
    answer(read, "objects", objects, request, response);
  }

  private static final VersionQuery.Versions ALL =
      new VersionQuery.Versions(true, false, false, java.util.Set.of());

  private void envelope(
      Target target, @Nullable String id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CollectionReads.Page read = read(target, id, request, VersionQuery.Versions.LAST);
    ArrayNode objects = TaxiiJson.JSON.createArrayNode();
    read.items().forEach(item -> objects.add(item.stix()));
    answer(read, "objects", objects, request, response);
  }

  /** A page of the indicators collection for one caller; a 404 for an id it may not see. */
  private CollectionReads.Page read(
      Target target,
      @Nullable String id,
      HttpServletRequest request,
      VersionQuery.Versions defaultVersions) {
    if (id != null && !reads.exists(target.agency(), target.root(), id)) {
      throw TaxiiException.notFound("no object " + id + " in this collection");
    }
    ObjectFilters filters = ObjectFilters.parse(request, defaultVersions, id);
    if (filters.none()) {
      return new CollectionReads.Page(List.of(), null);
    }
    return reads.read(target.agency(), target.root(), filters);
  }

  private static void answer(
      CollectionReads.Page page,
      String field,
      ArrayNode items,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    ObjectNode body = TaxiiJson.object();
    VersionQuery.Position next = page.next();
    body.put("more", next != null);
    if (next != null) {
      body.put("next", Cursors.encode(next));
    }
    if (!items.isEmpty()) {
      body.set(field, items);
    }
    List<CollectionReads.Item> added = page.items();
    if (!added.isEmpty()) {
      response.setHeader("X-TAXII-Date-Added-First", TaxiiJson.timestamp(added.getFirst().added()));
      response.setHeader("X-TAXII-Date-Added-Last", TaxiiJson.timestamp(added.getLast().added()));
    }
    AuditContext.describe(request, "taxii-" + field, added.size() + " disclosed");
    TaxiiJson.write(response, 200, body);
  }
}
