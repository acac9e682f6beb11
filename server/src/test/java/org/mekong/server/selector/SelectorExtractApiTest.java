package org.mekong.server.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.extract.SelectorExtractor;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

class SelectorExtractApiTest {

  private static final String THAI_SMS =
      "ด่วน! บัญชีของคุณถูกระงับ โทร 02-123-4567 หรือแอดไลน์ @scamline ติดต่อ"
          + " https://kbank-secure.xyz";

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();
  private final String key = seeded.keyOf("th-ccib");

  private static String body(Map<String, ?> fields) {
    return Http.JSON.writeValueAsString(fields);
  }

  @Test
  void findsTheSelectorsOfAThaiSmsWithTheirOffsets() {
    Http.Response response =
        http.post("/api/v1/selectors/extract", key, body(Map.of("text", THAI_SMS, "region", "th")));
    assertThat(response.status()).isEqualTo(200);
    JsonNode selectors = response.json().get("selectors");
    assertThat(selectors.size()).isEqualTo(3);

    JsonNode phone = selectors.get(0);
    int phoneStart = THAI_SMS.indexOf("02-123-4567");
    assertThat(phone.get("start").asInt()).isEqualTo(phoneStart);
    assertThat(phone.get("end").asInt()).isEqualTo(phoneStart + "02-123-4567".length());
    assertThat(phone.get("text").asString()).isEqualTo("02-123-4567");
    assertThat(phone.get("type").asString()).isEqualTo("phone");
    assertThat(phone.get("canonical").asString()).isEqualTo("+6621234567");
    assertThat(phone.get("id").asString()).startsWith("phone-number--");
    assertThat(phone.get("attributes").get("country").asString()).isEqualTo("TH");

    JsonNode line = selectors.get(1);
    assertThat(line.get("start").asInt()).isEqualTo(THAI_SMS.indexOf("@scamline"));
    assertThat(line.get("canonical").asString()).isEqualTo("line:scamline");

    JsonNode url = selectors.get(2);
    assertThat(url.get("start").asInt()).isEqualTo(THAI_SMS.indexOf("https://"));
    assertThat(url.get("end").asInt()).isEqualTo(THAI_SMS.length());
    assertThat(url.get("type").asString()).isEqualTo("url");
    assertThat(url.get("canonical").asString()).isEqualTo("https://kbank-secure.xyz/");
    assertThat(url.get("id").asString()).startsWith("url--");
    assertThat(url.get("attributes").get("registrable").asString()).isEqualTo("kbank-secure.xyz");
  }

  @Test
  void aTextWithoutSelectorsGivesAnEmptyList() {
    Http.Response response = http.post("/api/v1/selectors/extract", key, body(Map.of("text", "")));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("selectors").size()).isZero();
  }

  @Test
  void aMissingTextOrABadRegionIsRefusedWithTheFieldNamed() {
    Http.Response missing = http.post("/api/v1/selectors/extract", key, "{\"region\":\"TH\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(missing.json().get("detail").asString()).contains("'text'");

    Http.Response badRegion =
        http.post("/api/v1/selectors/extract", key, body(Map.of("text", "x", "region", "Siam")));
    assertThat(badRegion.status()).isEqualTo(400);
    assertThat(badRegion.json().get("detail").asString()).contains("'region'").contains("Siam");

    Http.Response notJson = http.post("/api/v1/selectors/extract", key, "text=hello");
    assertThat(notJson.status()).isEqualTo(400);
  }

  @Test
  void theEndpointIsInTheOpenApiDocument() {
    Http.Response document = http.get("/v3/api-docs", null);
    assertThat(document.json().get("paths").has("/api/v1/selectors/extract")).isTrue();
  }

  @Test
  void needsAKey() {
    assertThat(http.post("/api/v1/selectors/extract", null, "{\"text\":\"x\"}").status())
        .isEqualTo(401);
  }

  @Test
  void aTextOverOneMebibyteIsRefusedNamingTheText() {
    Path dataDir = TestNodes.newDataDir();
    SeededNode own = TestNodes.startSeeded(dataDir, Map.of());
    try {
      String text = "a".repeat(SelectorExtractor.MAX_TEXT_LENGTH + 1);
      Http.Response oversized =
          own.http()
              .post("/api/v1/selectors/extract", own.keyOf("th-ccib"), body(Map.of("text", text)));
      assertThat(oversized.status()).isEqualTo(400);
      assertThat(oversized.json().get("detail").asString())
          .contains("'text'")
          .contains(String.valueOf(SelectorExtractor.MAX_TEXT_LENGTH));
    } finally {
      own.node().close();
      TestNodes.deleteRecursively(dataDir);
    }
  }

  @Test
  void aBodyOverTheNodesRequestLimitIsRefusedBeforeItIsRead() {
    String text = "a".repeat(70_000);
    Http.Response tooLarge =
        http.post("/api/v1/selectors/extract", key, body(Map.of("text", text)));
    assertThat(tooLarge.status()).isEqualTo(413);
  }
}
