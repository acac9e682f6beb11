package org.mekong.server.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

class AdminApiTest {

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();

  @Test
  void anAgencyKeyCannotUseTheAdminApi() {
    Http.Response response =
        http.post(
            "/api/v1/admin/agencies",
            seeded.keyOf("th-ccib"),
            "{\"id\":\"xx-test\",\"name\":\"X\",\"country\":\"TH\",\"kind\":\"consular\"}");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theAdminCreatesAnAgencyAndIssuesItsKey() {
    String id = "kh-" + UUID.randomUUID().toString().substring(0, 8);
    Http.Response created =
        http.post(
            "/api/v1/admin/agencies",
            seeded.adminKey(),
            "{\"id\":\""
                + id
                + "\",\"name\":\"Cambodian National Police\",\"country\":\"KH\","
                + "\"kind\":\"law-enforcement\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("country").asString()).isEqualTo("KH");

    Http.Response key =
        http.post("/api/v1/admin/agencies/" + id + "/keys", seeded.adminKey(), "{}");
    assertThat(key.status()).isEqualTo(201);
    Http.Response whoami = http.get("/api/v1/whoami", key.json().get("apiKey").asString());
    assertThat(whoami.json().get("agency").get("id").asString()).isEqualTo(id);
  }

  @Test
  void aDuplicateAgencyIsAConflict() {
    Http.Response response =
        http.post(
            "/api/v1/admin/agencies",
            seeded.adminKey(),
            "{\"id\":\"th-ccib\",\"name\":\"Again\",\"country\":\"TH\",\"kind\":\"law-enforcement\"}");
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("detail").asString()).contains("th-ccib");
  }

  @Test
  void invalidAgencyFieldsAreNamed() {
    assertBadRequest("{\"name\":\"X\",\"country\":\"TH\",\"kind\":\"consular\"}", "'id'");
    assertBadRequest(
        "{\"id\":\"Bad Id\",\"name\":\"X\",\"country\":\"TH\",\"kind\":\"consular\"}", "'id'");
    assertBadRequest(
        "{\"id\":\"ok-id\",\"name\":\"X\",\"country\":\"XX\",\"kind\":\"consular\"}", "'country'");
    assertBadRequest(
        "{\"id\":\"ok-id\",\"name\":\"X\",\"country\":\"TH\",\"kind\":\"spy\"}", "'kind'");
    assertBadRequest("not json", "JSON");
  }

  @Test
  void unknownAgencyAndKeyAre404() {
    assertThat(http.post("/api/v1/admin/agencies/nobody/keys", seeded.adminKey(), "{}").status())
        .isEqualTo(404);
    assertThat(
            http.post("/api/v1/admin/keys/" + UUID.randomUUID() + "/revoke", seeded.adminKey(), "")
                .status())
        .isEqualTo(404);
    assertThat(http.post("/api/v1/admin/keys/not-a-uuid/revoke", seeded.adminKey(), "").status())
        .isEqualTo(400);
  }

  @Test
  void theAdminKeyIsNotAnAgency() {
    Http.Response whoami = http.get("/api/v1/whoami", seeded.adminKey());
    assertThat(whoami.json().get("admin").asBoolean()).isTrue();
    assertThat(whoami.json().get("agency").isNull()).isTrue();
  }

  private void assertBadRequest(String body, String named) {
    Http.Response response = http.post("/api/v1/admin/agencies", seeded.adminKey(), body);
    assertThat(response.status()).as(body).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains(named);
  }
}
