package org.mekong.server.taxii;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** TAXII discovery, API root and collection resources. */
@RestController
class DiscoveryController {

  private final ApiRoots roots;

  DiscoveryController(ApiRoots roots) {
    this.roots = roots;
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping({"/taxii2/", "/taxii2"})
  void discovery(
      @AuthenticationPrincipal Caller caller,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletResponse response)
      throws IOException {
    MediaTypes.requireTaxiiAccepted(accept);
    Agency agency = TaxiiCallers.agency(caller);
    ObjectNode body = TaxiiJson.object();
    body.put("title", "Mekong TAXII 2.1 server, " + roots.nodeName());
    body.put("description", "Scam infrastructure indicators shared between agencies");
    body.put("default", "/taxii2/" + roots.defaultRoot().name() + "/");
    ArrayNode apiRoots = body.putArray("api_roots");
    roots.accessibleTo(agency).forEach(root -> apiRoots.add("/taxii2/" + root.name() + "/"));
    TaxiiJson.write(response, 200, body);
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping({"/taxii2/{root}/", "/taxii2/{root}"})
  void apiRoot(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletResponse response)
      throws IOException {
    MediaTypes.requireTaxiiAccepted(accept);
    ApiRoots.Root found = roots.root(root, TaxiiCallers.agency(caller));
    ObjectNode body = TaxiiJson.object();
    body.put("title", found.title());
    body.put("description", found.description());
    body.putArray("versions").add(TaxiiJson.TAXII);
    body.put("max_content_length", roots.maxContentLength());
    TaxiiJson.write(response, 200, body);
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping({"/taxii2/{root}/collections/", "/taxii2/{root}/collections"})
  void collections(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletResponse response)
      throws IOException {
    MediaTypes.requireTaxiiAccepted(accept);
    Agency agency = TaxiiCallers.agency(caller);
    ObjectNode body = TaxiiJson.object();
    ArrayNode list = body.putArray("collections");
    roots.root(root, agency).collections().forEach(c -> list.add(collection(c, caller)));
    TaxiiJson.write(response, 200, body);
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping({"/taxii2/{root}/collections/{id}/", "/taxii2/{root}/collections/{id}"})
  void collection(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String root,
      @PathVariable String id,
      @RequestHeader(name = "Accept", required = false) @Nullable String accept,
      HttpServletResponse response)
      throws IOException {
    MediaTypes.requireTaxiiAccepted(accept);
    Agency agency = TaxiiCallers.agency(caller);
    TaxiiJson.write(response, 200, collection(roots.root(root, agency).collection(id), caller));
  }

  private static ObjectNode collection(ApiRoots.Collection collection, Caller caller) {
    ObjectNode body = TaxiiJson.object();
    body.put("id", collection.id().toString());
    body.put("title", collection.title());
    body.put("description", collection.description());
    body.put("can_read", true);
    body.put("can_write", collection.writableBy(caller));
    body.putArray("media_types").add(TaxiiJson.STIX);
    return body;
  }
}
