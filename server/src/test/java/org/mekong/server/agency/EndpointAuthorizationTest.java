package org.mekong.server.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every handler mapping of the running node (REST, TAXII, actuator, the API description, the error
 * page) × every kind of caller, with real requests: each endpoint declares whom it serves, refuses
 * every other kind with 403 (401 without a key) and does not refuse the kinds it serves.
 */
class EndpointAuthorizationTest {

  private static SeededNode seeded;
  private static final Map<CallerKind, String> KEYS = new EnumMap<>(CallerKind.class);

  /** One mapping of a handler: a path to call and its declaration, if any. */
  private record Endpoint(
      String method, String pattern, String path, Optional<Set<CallerKind>> served) {
    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  @BeforeAll
  static void startANodeWithACallerOfEveryKind() {
    Path dir = TestNodes.newDataDir();
    seeded = TestNodes.startSeeded(dir, Map.of());
    AgencyDirectory directory = seeded.node().bean(AgencyDirectory.class);
    directory.create(agency("th-consulate", AgencyKind.CONSULAR));
    directory.create(agency("vn-police", AgencyKind.LAW_ENFORCEMENT), "vn");
    KEYS.put(CallerKind.ADMIN, seeded.adminKey());
    KEYS.put(CallerKind.LAW_ENFORCEMENT, seeded.keyOf("th-ccib"));
    KEYS.put(CallerKind.IMMIGRATION, seeded.keyOf("th-immigration"));
    KEYS.put(CallerKind.CONSULAR, directory.issueKey("th-consulate", "test").secret().value());
    KEYS.put(CallerKind.FINANCIAL_INTELLIGENCE, seeded.keyOf("th-amlo"));
    KEYS.put(CallerKind.SCREENING_CLIENT, seeded.keyOf("th-chaophraya-mobile"));
    KEYS.put(CallerKind.REMOTE_AGENCY, directory.issueKey("vn-police", "test").secret().value());
  }

  @AfterAll
  static void stop() {
    seeded.node().close();
    TestNodes.deleteRecursively(seeded.dataDir());
  }

  private static Agency agency(String id, AgencyKind kind) {
    return new Agency(
        new AgencyId(id), id, new CountryCode(id.substring(0, 2).toUpperCase()), kind);
  }

  @Test
  void everyEndpointDeclaresWhomItServesAndRefusesEveryOtherKind() {
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints)
        .extracting(Endpoint::pattern)
        .contains(
            "/api/v1/agreements",
            "/taxii2/{root}/collections/{collection}/objects/",
            "/actuator/health",
            "/v3/api-docs",
            "/error",
            "/api/v1/admin/audit");
    List<String> failures = new ArrayList<>();
    Http http = seeded.http();
    for (Endpoint endpoint : endpoints) {
      if (endpoint.served().isEmpty()) {
        failures.add(endpoint + ": declares no caller kinds");
        continue;
      }
      Set<CallerKind> served = endpoint.served().get();
      boolean open = served.contains(CallerKind.PUBLIC);
      Http.Response anonymous = http.send(request(endpoint, null));
      if (open == (anonymous.status() == 401)) {
        failures.add(endpoint + " without a key: " + anonymous.status());
      }
      for (var key : KEYS.entrySet()) {
        Http.Response response = http.send(request(endpoint, key.getValue()));
        boolean refused =
            response.status() == 401 || response.status() == 403 && isKindRefusal(response);
        boolean shouldServe = open || served.contains(key.getKey());
        if (shouldServe == refused || !shouldServe && response.status() != 403) {
          failures.add(
              endpoint + " as " + key.getKey() + ": " + response.status() + " " + response.body());
        }
      }
    }
    assertThat(failures).as("endpoints × caller kinds that answer wrongly").isEmpty();
  }

  private static boolean isKindRefusal(Http.Response response) {
    return response.body().contains("this endpoint serves")
        || response.body().contains("may not use");
  }

  private static List<Endpoint> endpoints() {
    ApplicationContext context =
        seeded.node().bean(DispatcherServlet.class).getWebApplicationContext();
    List<Endpoint> endpoints = new ArrayList<>();
    if (context == null) {
      throw new IllegalStateException("the node runs no web application");
    }
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      mapping
          .getHandlerMethods()
          .forEach(
              (info, handler) -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> names =
                    methods.isEmpty()
                        ? List.of("GET", "POST")
                        : methods.stream().map(RequestMethod::name).toList();
                for (String pattern : info.getPatternValues()) {
                  String path = sample(pattern);
                  for (String method : names) {
                    endpoints.add(
                        new Endpoint(method, pattern, path, CallerKindGuard.served(handler, path)));
                  }
                }
              });
    }
    return endpoints;
  }

  private static String sample(String pattern) {
    return pattern
        .replace("/**", "/sample/path")
        .replaceAll("\\{\\*[^}]+}", "sample/path")
        .replaceAll("\\{[^}]+}", "sample-1");
  }

  private static HttpRequest request(Endpoint endpoint, @Nullable String key) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(seeded.node().baseUrl() + endpoint.path()));
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    return switch (endpoint.method()) {
      case "GET", "HEAD", "OPTIONS", "DELETE", "TRACE" ->
          builder.method(endpoint.method(), HttpRequest.BodyPublishers.noBody()).build();
      default ->
          builder
              .header("Content-Type", "application/json")
              .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"))
              .build();
    };
  }
}
