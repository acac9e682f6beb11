package org.mekong.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.audit.AuditVerification;
import org.mekong.server.agency.ApiKeySecret;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * Refused authentications reach the audit log, rate-limited; the operator reads it page by page.
 */
class AuditReadApiTest {

  private static SeededNode seeded;
  private static Http http;

  @BeforeAll
  static void start() {
    seeded = TestNodes.startSeeded(TestNodes.newDataDir(), Map.of());
    http = seeded.http();
  }

  @AfterAll
  static void stop() {
    seeded.node().close();
    TestNodes.deleteRecursively(seeded.dataDir());
  }

  @Test
  void aFloodOfWrongKeysIsAuditedOnceWithoutTheSecret() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    String wrong = ApiKeySecret.generate().value();
    for (int i = 0; i < 25; i++) {
      assertThat(http.get("/api/v1/whoami", wrong).status()).isEqualTo(401);
    }
    JsonNode page =
        read("action=authentication-failed&agency=unauthenticated:127.0.0.1&from=" + before);
    List<JsonNode> wrongKey = new ArrayList<>();
    page.get("items")
        .forEach(
            item -> {
              if (item.get("outcome").asString().contains("unknown-or-revoked-key")) {
                wrongKey.add(item);
              }
            });
    assertThat(wrongKey).hasSize(1);
    assertThat(wrongKey.get(0).get("objectId").asString()).isEqualTo("GET /api/v1/whoami");
    assertThat(page.toString()).doesNotContain(wrong);
    assertThat(verify()).isInstanceOf(AuditVerification.Intact.class);
  }

  @Test
  void theOperatorReadsTheLogFilteredAndPageByPage() {
    String ccib = seeded.keyOf("th-ccib");
    for (int i = 0; i < 5; i++) {
      assertThat(http.get("/api/v1/whoami", ccib).status()).isEqualTo(200);
    }
    Set<Long> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          read(
              "agency=th-ccib&action="
                  + URLEncoder.encode("GET /api/v1/whoami", StandardCharsets.UTF_8)
                  + "&limit=2"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      long previous = Long.MAX_VALUE;
      for (JsonNode item : page.get("items")) {
        assertThat(item.get("actor").asString()).isEqualTo("th-ccib");
        assertThat(item.get("action").asString()).startsWith("GET /api/v1/whoami");
        long seq = item.get("seq").asLong();
        assertThat(seq).isLessThan(previous);
        previous = seq;
        assertThat(seen.add(seq)).isTrue();
      }
      cursor = page.get("next").isNull() ? null : page.get("next").asString();
      pages++;
    } while (cursor != null);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
    assertThat(pages).isGreaterThanOrEqualTo(3);
    JsonNode future = read("agency=th-ccib&from=" + Instant.now().plusSeconds(3600));
    assertThat(future.get("items")).isEmpty();
  }

  @Test
  void badFiltersAreRefusedNamingTheParameter() {
    for (String query : List.of("limit=0", "limit=1001", "from=yesterday", "cursor=abc")) {
      Http.Response response = http.get("/api/v1/admin/audit?" + query, seeded.adminKey());
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("detail").asString()).startsWith("'" + query.split("=")[0]);
    }
  }

  @Test
  void theAuditReadApiIsDescribedInTheOpenApiDocument() {
    JsonNode paths = http.get("/v3/api-docs", null).json().get("paths");
    assertThat(paths.has("/api/v1/admin/audit")).isTrue();
  }

  private static JsonNode read(String query) {
    Http.Response response = http.get("/api/v1/admin/audit?" + query, seeded.adminKey());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static AuditVerification verify() throws Exception {
    try (Connection connection = seeded.node().bean(DataSource.class).getConnection()) {
      return AuditVerifier.verify(connection);
    }
  }
}
