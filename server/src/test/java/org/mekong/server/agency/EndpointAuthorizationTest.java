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
import org.mekong.server.console.ConsoleAccounts;
import org.mekong.server.console.Role;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every handler mapping of the running node (REST, TAXII, actuator, the API description, the error
 * page, the console's pages) × every kind of caller, with real requests: each endpoint declares
 * whom it serves, refuses every other kind with 403 (401 without a key; the console's login page
 * without a session) and does not refuse the kinds it serves. Console pages are called as a person
 * of an agency of each kind, logged in with a session; API keys do not open them.
 */
class EndpointAuthorizationTest {

  private static SeededNode seeded;
  private static final Map<CallerKind, String> KEYS = new EnumMap<>(CallerKind.class);
  private static final Map<CallerKind, ConsoleClient> PEOPLE = new EnumMap<>(CallerKind.class);
  private static final String PASSWORD = "a password for every kind";

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
    ConsoleAccounts accounts = seeded.node().bean(ConsoleAccounts.class);
    Map<CallerKind, String> agencies =
        Map.of(
            CallerKind.LAW_ENFORCEMENT, "th-ccib",
            CallerKind.IMMIGRATION, "th-immigration",
            CallerKind.CONSULAR, "th-consulate",
            CallerKind.FINANCIAL_INTELLIGENCE, "th-amlo",
            CallerKind.SCREENING_CLIENT, "th-chaophraya-mobile");
    agencies.forEach(
        (kind, agency) -> {
          String username = "every-kind." + agency;
          accounts.put(new AgencyId(agency), username, PASSWORD, Role.ANALYST);
          ConsoleClient person = new ConsoleClient(seeded.node().baseUrl());
          assertThat(person.login(username, PASSWORD, null).location()).doesNotContain("error");
          PEOPLE.put(kind, person);
        });
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
      if (isConsole(endpoint)) {
        continue;
      }
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

  @Test
  void everyConsolePageServesThePeopleOfTheKindsItDeclaresAndNoKey() {
    List<Endpoint> endpoints =
        endpoints().stream().filter(EndpointAuthorizationTest::isConsole).toList();
    assertThat(endpoints)
        .extracting(Endpoint::pattern)
        .contains("/", "/login", "/console/search", "/console/publish", "/console/federation");
    List<String> failures = new ArrayList<>();
    Http http = seeded.http();
    for (Endpoint endpoint : endpoints) {
      if (endpoint.served().isEmpty()) {
        failures.add(endpoint + ": declares no caller kinds");
        continue;
      }
      Set<CallerKind> served = endpoint.served().get();
      boolean open = served.contains(CallerKind.PUBLIC);
      for (String key :
          new ArrayList<>(
              java.util.Arrays.asList(
                  null, KEYS.get(CallerKind.LAW_ENFORCEMENT), KEYS.get(CallerKind.ADMIN)))) {
        Http.Response response = http.send(request(endpoint, key));
        boolean toLogin = response.status() == 302 || response.status() == 403;
        if (open == toLogin) {
          failures.add(
              endpoint
                  + (key == null ? " without a session: " : " with a key: ")
                  + response.status());
        }
      }
      for (var person : PEOPLE.entrySet()) {
        ConsoleClient client = person.getValue();
        if (!endpoint.method().equals("GET")) {
          // a POST /login before may have renewed the session's CSRF token: read the current one
          client.get("/");
        }
        ConsoleClient.Page page =
            endpoint.method().equals("GET")
                ? client.get(endpoint.path())
                : client.post(endpoint.path(), Map.of());
        boolean refused =
            page.location().endsWith("/login")
                || page.status() == 403 && page.body().contains("this endpoint serves");
        boolean shouldServe = open || served.contains(person.getKey());
        if (shouldServe == refused || !shouldServe && page.status() != 403) {
          failures.add(
              endpoint
                  + " as a person of "
                  + person.getKey()
                  + ": "
                  + page.status()
                  + " "
                  + page.location());
        }
      }
    }
    assertThat(failures).as("console pages × people of each kind that answer wrongly").isEmpty();
  }

  private static boolean isConsole(Endpoint endpoint) {
    String path = endpoint.path();
    return path.equals("/") || path.equals("/login") || path.startsWith("/console/");
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
