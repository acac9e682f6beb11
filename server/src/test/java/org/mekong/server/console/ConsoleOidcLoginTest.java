package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Logging in to the console through a real OpenID Connect provider running in the test
 * (mock-oauth2-server), with the authorization-code flow driven by an HTTP client that follows
 * redirects: a mapped identity becomes a person of its agency with its role, and is audited as
 * such; an identity the node cannot map, or a supervisor without a second factor, is refused with a
 * page that says why; and a node without a provider offers none.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOidcLoginTest {

  private static final String ISSUER = "police";

  private static final AtomicBoolean DISCOVERY_DOWN = new AtomicBoolean();

  private static MockOAuth2Server provider;
  private static SeededNode node;

  @BeforeAll
  static void start() throws IOException {
    provider = new MockOAuth2Server(new DiscoveryDown());
    provider.start(InetAddress.getLoopbackAddress(), 0);
    String issuer = provider.issuerUrl(ISSUER).toString();
    node =
        TestNodes.startSeeded(
            TestNodes.newDataDir(),
            Map.of(
                "console.oidc.issuer-uri", issuer,
                "console.oidc.client-id", "mekong-console",
                "console.oidc.client-secret", "a client secret",
                "console.oidc.display-name", "Royal Thai Police sign-on",
                "console.oidc.agencies", "th-ccib,th-immigration"));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.node().close();
      TestNodes.deleteRecursively(node.dataDir());
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  /** Answers the next read of the discovery document with 500 while {@link #DISCOVERY_DOWN}. */
  private static final class DiscoveryDown implements Route {
    @Override
    public boolean match(OAuth2HttpRequest request) {
      return request.getUrl().encodedPath().endsWith("/.well-known/openid-configuration")
          && DISCOVERY_DOWN.compareAndSet(true, false);
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
      return new OAuth2HttpResponse(okhttp3.Headers.of(), 500, "down for maintenance", null);
    }
  }

  /** A browser's session: cookies kept, redirects followed, across the node and the provider. */
  private record Browser(HttpClient client) {
    static Browser open() {
      return new Browser(
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.ALWAYS)
              .connectTimeout(Duration.ofSeconds(10))
              .build());
    }

    HttpResponse<String> get(String url) {
      try {
        return client.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Logs in through the provider as a person with these claims; the answer ends the flow. */
  private static HttpResponse<String> logIn(
      Browser browser, String subject, Map<String, ?> claims) {
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER, subject, "JWT", List.of("mekong-console"), claims, 3600));
    String login = browser.get(node.node().baseUrl() + "/login").body();
    assertThat(login).contains("id=\"login-oidc\"").contains("Royal Thai Police sign-on");
    return browser.get(node.node().baseUrl() + "/oauth2/authorization/oidc");
  }

  @Test
  @Order(1)
  void aProviderThatCannotBeReadIsARefusedLoginNotAnError() {
    DISCOVERY_DOWN.set(true);
    Browser browser = Browser.open();
    HttpResponse<String> refused =
        browser.get(node.node().baseUrl() + "/oauth2/authorization/oidc");
    assertThat(refused.uri().getPath()).isEqualTo("/login");
    assertThat(refused.uri().getQuery()).isEqualTo("error=oidc-failed");
    assertThat(refused.body()).contains("id=\"login-error\"").contains("could not be accepted");
  }

  @Test
  @Order(2)
  void aMappedIdentityIsAPersonOfItsAgencyWithItsRole() {
    Browser browser = Browser.open();
    HttpResponse<String> landed =
        logIn(
            browser,
            "a1b2c3",
            Map.of(
                "preferred_username", "somchai.k",
                "mekong_agency", "th-ccib",
                "mekong_role", "analyst"));
    assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
    assertThat(landed.uri().getPath()).isEqualTo("/login/oauth2/code/oidc");
    assertThat(landed.body()).contains("url=/").contains("href=\"/\"");

    String home = browser.get(node.node().baseUrl() + "/").body();
    assertThat(home)
        .contains("oidc:somchai.k")
        .contains("id=\"logout\"")
        .contains("href=\"/console/publish\"");
    assertThat(browser.get(node.node().baseUrl() + "/console/import").statusCode()).isEqualTo(200);

    JsonNode audit =
        node.http()
            .get("/api/v1/admin/audit?agency=th-ccib&limit=1000", node.adminKey())
            .json()
            .get("items");
    assertThat(
            audit
                .valueStream()
                .map(e -> e.get("actor").asString() + " " + e.get("action").asString()))
        .contains("th-ccib/oidc:somchai.k console-login", "th-ccib/oidc:somchai.k GET /");
  }

  @Test
  void anIdentityTheNodeCannotMapIsRefusedNeverGivenADefault() {
    for (Map<String, String> claims :
        List.of(
            Map.of("preferred_username", "nobody"),
            Map.of(
                "preferred_username",
                "amlo.x",
                "mekong_agency",
                "th-amlo",
                "mekong_role",
                "analyst"),
            Map.of(
                "preferred_username", "chief", "mekong_agency", "th-ccib", "mekong_role", "chief"),
            Map.of(
                "preferred_username",
                "ghost",
                "mekong_agency",
                "xx-ghost",
                "mekong_role",
                "analyst"))) {
      Browser browser = Browser.open();
      HttpResponse<String> refused = logIn(browser, "s-" + claims.hashCode(), claims);
      assertThat(refused.uri().getPath()).as(claims.toString()).isEqualTo("/login");
      assertThat(refused.uri().getQuery()).isEqualTo("error=oidc-unmapped");
      assertThat(refused.body()).contains("id=\"login-error\"").contains("not mapped");
      HttpResponse<String> home = browser.get(node.node().baseUrl() + "/");
      assertThat(home.uri().getPath()).as("no session for " + claims).isEqualTo("/login");
    }
    JsonNode audit =
        node.http()
            .get("/api/v1/admin/audit?limit=1000&action=console-login-failed", node.adminKey())
            .json()
            .get("items");
    assertThat(
            audit
                .valueStream()
                .map(e -> e.get("objectId").asString() + " " + e.get("outcome").asString()))
        .contains(
            "oidc:nobody oidc-unmapped", "oidc:amlo.x oidc-unmapped", "oidc:chief oidc-unmapped");
  }

  @Test
  void aSupervisorNeedsTheProvidersSecondFactor() {
    Map<String, Object> supervisor =
        Map.of(
            "preferred_username", "niran.s",
            "mekong_agency", "th-ccib",
            "mekong_role", "supervisor");
    Browser without = Browser.open();
    HttpResponse<String> refused = logIn(without, "sup-1", supervisor);
    assertThat(refused.uri().getQuery()).isEqualTo("error=oidc-no-second-factor");
    assertThat(refused.body()).contains("second factor");

    Browser with = Browser.open();
    Map<String, Object> withOtp = new java.util.HashMap<>(supervisor);
    withOtp.put("amr", List.of("pwd", "otp"));
    assertThat(logIn(with, "sup-1", withOtp).statusCode()).isEqualTo(200);
    assertThat(with.get(node.node().baseUrl() + "/").body()).contains("oidc:niran.s");
  }

  @Test
  void aNodeWithoutAProviderOffersNone() {
    SeededNode plain = TestNodes.shared();
    Browser browser = Browser.open();
    assertThat(browser.get(plain.node().baseUrl() + "/login").body())
        .doesNotContain("login-oidc")
        .doesNotContain("/oauth2/");
    HttpResponse<String> start = browser.get(plain.node().baseUrl() + "/oauth2/authorization/oidc");
    assertThat(start.uri().getHost()).isEqualTo(URI.create(plain.node().baseUrl()).getHost());
    assertThat(start.statusCode()).isNotEqualTo(200);
  }
}
