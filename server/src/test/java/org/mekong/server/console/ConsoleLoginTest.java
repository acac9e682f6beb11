package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.demo.Credentials;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * Logging in to the console on a real node: passwords, the TOTP second factor of supervisors, the
 * lock-out, the session cookie's flags, CSRF, logout, and the wall between the console's sessions
 * and the API's keys.
 */
class ConsoleLoginTest {

  private static SeededNode seeded;
  private static ConsoleAccounts accounts;

  @BeforeAll
  static void start() {
    seeded = TestNodes.startSeeded(TestNodes.newDataDir(), Map.of());
    accounts = seeded.node().bean(ConsoleAccounts.class);
  }

  @AfterAll
  static void stop() {
    seeded.node().close();
    TestNodes.deleteRecursively(seeded.dataDir());
  }

  @Test
  void theDemoWritesOneAccountPerAgencyAndRoleThatLogsIn() {
    List<Credentials.User> users = seeded.credentials().users();
    assertThat(users)
        .extracting(Credentials.User::username)
        .contains(
            "th-ccib.analyst",
            "th-ccib.supervisor",
            "th-immigration.border-officer",
            "th-chaophraya-mobile.screening-operator",
            "cn-mps-afc.node-admin");
    Credentials.User analyst = user("th-ccib.analyst");
    assertThat(analyst.totpSecret()).isNull();
    assertThat(user("th-ccib.supervisor").totpSecret()).isNotBlank();

    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    ConsoleClient.Page login = console.login(analyst.username(), analyst.password(), null);
    assertThat(login.status()).isEqualTo(302);
    assertThat(login.location()).doesNotContain("error");
    ConsoleClient.Page home = console.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("th-ccib.analyst").contains("Open alerts");
  }

  @Test
  void aSupervisorNeedsTheCurrentCodeAndACodeIsGoodOnce() {
    accounts.put(
        new AgencyId("th-ccib"), "test.supervisor", "correct horse battery", Role.SUPERVISOR);
    String secret = secretOf("test.supervisor");
    String base = seeded.node().baseUrl();

    assertThat(
            new ConsoleClient(base)
                .login("test.supervisor", "correct horse battery", null)
                .location())
        .endsWith("/login?error=credentials");
    assertThat(
            new ConsoleClient(base)
                .login("test.supervisor", "correct horse battery", "000000")
                .location())
        .endsWith("/login?error=credentials");

    String code = Totp.code(secret, Instant.now());
    ConsoleClient first = new ConsoleClient(base);
    assertThat(first.login("test.supervisor", "correct horse battery", code).location())
        .doesNotContain("error");
    assertThat(first.get("/").status()).isEqualTo(200);
    assertThat(
            new ConsoleClient(base)
                .login("test.supervisor", "correct horse battery", code)
                .location())
        .as("the same code a second time")
        .endsWith("/login?error=credentials");
  }

  @Test
  void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
    accounts.put(new AgencyId("th-amlo"), "test.locked", "the right password", Role.ANALYST);
    String base = seeded.node().baseUrl();
    for (int i = 0; i < ConsoleLogin.LOCK_AFTER; i++) {
      assertThat(new ConsoleClient(base).login("test.locked", "a wrong password", null).location())
          .endsWith("/login?error=credentials");
    }
    ConsoleClient.Page locked =
        new ConsoleClient(base).login("test.locked", "the right password", null);
    assertThat(locked.location()).endsWith("/login?error=locked");
    assertThat(new ConsoleClient(base).get("/login?error=locked").body())
        .contains("locked for 15 minutes");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndStrictAndLogoutEndsTheSession() {
    Credentials.User analyst = user("th-amlo.analyst");
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    ConsoleClient.Page login = console.login(analyst.username(), analyst.password(), null);
    String setCookie =
        login.raw().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(ConsoleWeb.SESSION_COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");

    ConsoleClient.Page home = console.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.raw().headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(home.body()).doesNotContain("<script>").doesNotContain("onclick");

    assertThat(console.postRaw("/logout", Map.of()).status())
        .as("logout without the CSRF token")
        .isEqualTo(403);
    assertThat(console.get("/").status()).isEqualTo(200);
    ConsoleClient.Page out = console.post("/logout", Map.of());
    assertThat(out.location()).endsWith("/login?logout");
    assertThat(console.get("/").location()).endsWith("/login");
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() {
    Credentials.User analyst = user("th-ccib.analyst");
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    console.login(analyst.username(), analyst.password(), null);
    ConsoleClient.Page refused =
        console.postRaw("/console/publish", Map.of("type", "phone", "value", "+66812345678"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(
            new ConsoleClient(seeded.node().baseUrl())
                .postRaw(
                    "/login",
                    Map.of("username", analyst.username(), "password", analyst.password()))
                .status())
        .as("a login form without a token")
        .isEqualTo(403);
  }

  @Test
  void keysDoNotOpenTheConsoleAndSessionsDoNotOpenTheApi() {
    Credentials.User analyst = user("th-ccib.analyst");
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    console.login(analyst.username(), analyst.password(), null);
    HttpCookie session =
        console.cookies().getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals(ConsoleWeb.SESSION_COOKIE))
            .findFirst()
            .orElseThrow();
    ConsoleClient.Page api =
        console.send(
            HttpRequest.newBuilder(URI.create(seeded.node().baseUrl() + "/api/v1/indicators"))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .GET()
                .build());
    assertThat(api.status()).isEqualTo(401);

    ConsoleClient keyOnly = new ConsoleClient(seeded.node().baseUrl());
    ConsoleClient.Page page =
        keyOnly.send(
            HttpRequest.newBuilder(URI.create(seeded.node().baseUrl() + "/console/search"))
                .header("Authorization", "Bearer " + seeded.keyOf("th-ccib"))
                .GET()
                .build());
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/login");
  }

  @Test
  void pageViewsAndLoginsAreAuditedAsThePersonOfTheAgency() {
    Credentials.User analyst = user("th-immigration.border-officer");
    ConsoleClient console = new ConsoleClient(seeded.node().baseUrl());
    console.login(analyst.username(), analyst.password(), null);
    console.get("/console/search?q=%2B66812345678");
    String audit =
        seeded
            .http()
            .get("/api/v1/admin/audit?agency=th-immigration&limit=1000", seeded.adminKey())
            .body();
    assertThat(audit)
        .contains("th-immigration/th-immigration.border-officer")
        .contains("console-login")
        .contains("GET /console/search");
  }

  private static Credentials.User user(String username) {
    return seeded.credentials().users().stream()
        .filter(u -> u.username().equals(username))
        .findFirst()
        .orElseThrow();
  }

  private static String secretOf(String username) {
    String secret =
        seeded.node().bean(AccountStore.class).find(username).orElseThrow().totpSecret();
    if (secret == null) {
      throw new AssertionError(username + " has no TOTP secret");
    }
    return secret;
  }
}
