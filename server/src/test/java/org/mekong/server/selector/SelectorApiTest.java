package org.mekong.server.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

class SelectorApiTest {

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();
  private final String key = seeded.keyOf("th-ccib");

  @Test
  void normalisesABatchInInputOrder() {
    Http.Response response =
        http.post(
            "/api/v1/selectors/normalize",
            key,
            """
            {"region": "TH", "items": [
              {"value": "081-234-5678", "type": "phone"},
              {"value": "+86 138 0013 8000"},
              {"value": "M.FUN88.ASIA."},
              {"value": "0x52908400098527886E0F7030069857D2E4169EE7"},
              {"value": "not a selector at all"},
              {"value": "13800138000", "region": "CN", "type": "phone"}
            ]}
            """);
    assertThat(response.status()).isEqualTo(200);
    JsonNode results = response.json().get("results");
    assertThat(results.size()).isEqualTo(6);
    assertThat(results.get(0).get("type").asString()).isEqualTo("phone");
    assertThat(results.get(0).get("canonical").asString()).isEqualTo("+66812345678");
    assertThat(results.get(0).get("id").asString()).startsWith("phone-number--");
    assertThat(results.get(1).get("canonical").asString()).isEqualTo("+8613800138000");
    assertThat(results.get(2).get("canonical").asString()).isEqualTo("m.fun88.asia");
    assertThat(results.get(3).get("type").asString()).isEqualTo("wallet");
    assertThat(results.get(4).has("error")).isTrue();
    assertThat(results.get(4).has("canonical")).isFalse();
    assertThat(results.get(5).get("canonical").asString()).isEqualTo("+8613800138000");
    assertThat(results.get(5).get("input").asString()).isEqualTo("13800138000");
  }

  @Test
  void anAmbiguousValueNamesItsCandidates() {
    Http.Response response =
        http.post("/api/v1/selectors/normalize", key, "{\"values\": [\"490154203237518\"]}");
    JsonNode result = response.json().get("results").get(0);
    assertThat(result.has("error")).isTrue();
    assertThat(result.get("candidates").size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void badHintsAndOversizedBatchesAreRefusedWithTheFieldNamed() {
    Http.Response badType =
        http.post("/api/v1/selectors/normalize", key, "{\"type\":\"fax\",\"values\":[\"1\"]}");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.json().get("detail").asString()).contains("'type'").contains("fax");

    Http.Response badRegion =
        http.post(
            "/api/v1/selectors/normalize",
            key,
            "{\"items\":[{\"value\":\"0812345678\",\"region\":\"Siam\"}]}");
    assertThat(badRegion.status()).isEqualTo(400);
    assertThat(badRegion.json().get("detail").asString()).contains("items[0].region");

    Http.Response empty = http.post("/api/v1/selectors/normalize", key, "{}");
    assertThat(empty.status()).isEqualTo(400);

    String tooMany =
        "{\"values\":[" + String.join(",", Collections.nCopies(10_001, "\"1\"")) + "]}";
    Http.Response oversized = http.post("/api/v1/selectors/normalize", key, tooMany);
    assertThat(oversized.status()).isEqualTo(400);
    assertThat(oversized.json().get("detail").asString()).contains("10000");
  }

  @Test
  void needsAKey() {
    assertThat(http.post("/api/v1/selectors/normalize", null, "{\"values\":[\"x\"]}").status())
        .isEqualTo(401);
  }
}
