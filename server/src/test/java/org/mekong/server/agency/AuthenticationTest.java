package org.mekong.server.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mekong.server.demo.Credentials;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

class AuthenticationTest {

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();

  @Test
  void healthIsUpWithoutAKey() {
    Http.Response health = http.get("/actuator/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void theOpenApiDocumentIsServedWithoutAKey() {
    Http.Response document = http.get("/v3/api-docs", null);
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.json().get("paths").has("/api/v1/whoami")).isTrue();
  }

  @Test
  void aRequestWithoutAKeyGets401AsProblemDetails() {
    Http.Response response = http.get("/api/v1/whoami", null);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(401);
    assertThat(response.json().get("detail").asString()).contains("Bearer");
  }

  @Test
  void aWrongKeyGets401() {
    String wrong = ApiKeySecret.generate().value();
    Http.Response response = http.get("/api/v1/whoami", wrong);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aMalformedAuthorizationHeaderGets401() {
    assertThat(http.withAuthorization("/api/v1/whoami", "Bearer").status()).isEqualTo(401);
    assertThat(http.withAuthorization("/api/v1/whoami", "Bearer not-a-key").status())
        .isEqualTo(401);
    assertThat(http.withAuthorization("/api/v1/whoami", "Basic %%%").status()).isEqualTo(401);
    assertThat(http.withAuthorization("/api/v1/whoami", "Digest abc").status()).isEqualTo(401);
  }

  @Test
  void everyDemoKeyGetsItsOwnAgencyFromWhoami() {
    for (Credentials.Entry agency : seeded.credentials().agencies()) {
      Http.Response response = http.get("/api/v1/whoami", agency.apiKey());
      assertThat(response.status()).as(agency.id()).isEqualTo(200);
      var json = response.json();
      assertThat(json.get("agency").get("id").asString()).isEqualTo(agency.id());
      assertThat(json.get("agency").get("country").asString()).isEqualTo(agency.country());
      assertThat(json.get("agency").get("kind").asString()).isEqualTo(agency.kind());
      assertThat(json.get("admin").asBoolean()).isFalse();
    }
  }

  @Test
  void basicAuthenticationTakesTheAgencyIdAndTheKey() {
    String key = seeded.keyOf("th-ccib");
    Http.Response ok = http.withAuthorization("/api/v1/whoami", basic("th-ccib", key));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("agency").get("id").asString()).isEqualTo("th-ccib");

    Http.Response otherUser = http.withAuthorization("/api/v1/whoami", basic("cn-mps-afc", key));
    assertThat(otherUser.status()).isEqualTo(401);
  }

  @Test
  void aRevokedKeyGets401() {
    Http.Response issued =
        http.post("/api/v1/admin/agencies/mm-police/keys", seeded.adminKey(), "{\"label\":\"t\"}");
    assertThat(issued.status()).isEqualTo(201);
    String key = issued.json().get("apiKey").asString();
    String keyId = issued.json().get("keyId").asString();
    assertThat(http.get("/api/v1/whoami", key).status()).isEqualTo(200);

    Http.Response revoked =
        http.post("/api/v1/admin/keys/" + keyId + "/revoke", seeded.adminKey(), "");
    assertThat(revoked.status()).isEqualTo(204);

    Http.Response after = http.get("/api/v1/whoami", key);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.contentType()).startsWith("application/problem+json");
  }

  @Test
  void rotationIssuesANewKeyAndRevokesTheOld() {
    Http.Response issued =
        http.post("/api/v1/admin/agencies/th-amlo/keys", seeded.adminKey(), "{}");
    String oldKey = issued.json().get("apiKey").asString();
    String keyId = issued.json().get("keyId").asString();

    Http.Response rotated =
        http.post("/api/v1/admin/keys/" + keyId + "/rotate", seeded.adminKey(), "");
    assertThat(rotated.status()).isEqualTo(201);
    String newKey = rotated.json().get("apiKey").asString();

    assertThat(newKey).isNotEqualTo(oldKey);
    assertThat(http.get("/api/v1/whoami", oldKey).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/whoami", newKey).json().get("agency").get("id").asString())
        .isEqualTo("th-amlo");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
