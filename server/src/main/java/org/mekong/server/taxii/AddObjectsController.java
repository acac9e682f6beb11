package org.mekong.server.taxii;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.stix.BundleImport;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.indicator.IndicatorImporter;
import org.mekong.server.indicator.IndicatorRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adding objects (a STIX bundle, imported as the REST import does), their status resources, and
 * deleting an object, which revokes the indicator (only its originator may).
 */
@RestController
class AddObjectsController {

  private static final String COLLECTION = "/taxii2/{root}/collections/{collection}";

  private final ApiRoots roots;
  private final IndicatorImporter importer;
  private final IndicatorRegistry registry;
  private final TaxiiStatuses statuses;

  AddObjectsController(
      ApiRoots roots,
      IndicatorImporter importer,
      IndicatorRegistry registry,
      TaxiiStatuses statuses) {
    this.roots = roots;
    this.importer = importer;
    this.registry = registry;
    this.statuses = statuses;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping({COLLECTION + "/objects/", COLLECTION + "/objects"})
  void add(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String collection,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      @RequestHeader(name = "Content-Type", required = false) @Nullable String contentType,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    MediaTypes.requireTaxiiAccepted(accept);
    Agency agency = TaxiiCallers.agency(caller);
    requireWritable(roots.root(root, agency).collection(collection), caller);
    MediaTypes.requireAddedContent(contentType);
    Instant requested = Instant.now().truncatedTo(ChronoUnit.MICROS);
    AddedObjects added = AddedObjects.read(body(request));
    BundleImport.Read read = added.read();
    List<JsonNode> objects = added.objects();
    IndicatorImporter.Report report = importer.importStix(agency, read);
    UUID id = UUID.randomUUID();
    ObjectNode status =
        AddStatus.of(id, requested, objects, read.results(), report, agency, registry);
    statuses.save(id, root, agency.id(), status);
    AuditContext.describe(
        request,
        "taxii-add",
        id + " accepted=" + report.accepted() + " rejected=" + report.rejectedCount());
    TaxiiJson.write(response, HttpStatus.ACCEPTED.value(), status);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping({"/taxii2/{root}/status/{id}/", "/taxii2/{root}/status/{id}"})
  void status(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String id,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletResponse response)
      throws IOException {
    MediaTypes.requireTaxiiAccepted(accept);
    Agency agency = TaxiiCallers.agency(caller);
    roots.root(root, agency);
    UUID statusId;
    try {
      statusId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw TaxiiException.notFound("no status " + id);
    }
    ObjectNode status =
        statuses
            .find(statusId, root, agency.id())
            .orElseThrow(() -> TaxiiException.notFound("no status " + id));
    TaxiiJson.write(response, 200, status);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @DeleteMapping({COLLECTION + "/objects/{id}/", COLLECTION + "/objects/{id}"})
  void delete(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String collection,
      @PathVariable String id,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletRequest request,
      HttpServletResponse response) {
    MediaTypes.requireTaxiiAccepted(accept);
    Agency agency = TaxiiCallers.agency(caller);
    ApiRoots.Root found = roots.root(root, agency);
    requireWritable(found.collection(collection), caller);
    requireWholeObject(request);
    if (!IndicatorId.isValid(id)
        || (found.isTrustGroup()
            && registry
                .get(agency, new IndicatorId(id))
                .filter(seen -> found.members().contains(seen.stored().indicator().originator()))
                .isEmpty())) {
      throw TaxiiException.notFound("no object " + id + " in this collection");
    }
    AuditContext.describe(request, "indicator", id);
    registry.revoke(agency, new IndicatorId(id));
    response.setStatus(HttpStatus.OK.value());
    response.setContentType(TaxiiJson.TAXII);
    response.setContentLength(0);
  }

  /**
   * A DELETE revokes the whole indicator, so it takes no {@code match[version]} but {@code all}:
   * revoking it for a request to delete one version would do more than was asked.
   */
  private static void requireWholeObject(HttpServletRequest request) {
    for (String version : ObjectFilters.list(request, "match[version]")) {
      if (!version.equals("all")) {
        throw TaxiiException.badRequest(
            "a DELETE revokes the whole indicator (every version stays readable, the last one"
                + " revoked); match[version] may only be 'all'");
      }
    }
  }

  private static void requireWritable(ApiRoots.Collection collection, Caller caller) {
    if (!collection.writableBy(caller)) {
      throw new TaxiiException(
          HttpStatus.FORBIDDEN,
          switch (collection.kind()) {
            case INDICATORS ->
                "screening clients and partner nodes' agencies do not add or delete objects";
            case DEFINITIONS -> "the definitions collection is read-only";
          });
    }
  }

  private byte[] body(HttpServletRequest request) throws IOException {
    long max = roots.maxContentLength();
    if (request.getContentLengthLong() > max) {
      throw tooLarge(max);
    }
    byte[] body =
        request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (body.length > max) {
      throw tooLarge(max);
    }
    return body;
  }

  private static TaxiiException tooLarge(long max) {
    return new TaxiiException(
        HttpStatus.CONTENT_TOO_LARGE,
        "the body exceeds this API root's max_content_length of " + max + " bytes");
  }
}
