package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/** A searched selector that could be of several types is searched as each of them. */
class AmbiguousSelectorSearchTest {

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();
  private final String ccib = seeded.keyOf("th-ccib");

  private void publish(String type, String value) {
    Http.Response response =
        http.post(
            "/api/v1/indicators",
            ccib,
            "{\"type\":\""
                + type
                + "\",\"value\":\""
                + value
                + "\",\"categories\":[\"fraud.phishing\"],\"confidence\":70,\"tlp\":\"green\"}");
    assertThat(response.status()).as(response.body()).isIn(200, 201);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }

  @Test
  void aHostNameThatCouldBeAnAppIdFindsTheDomainAndSaysSo() {
    String host = "uk.africaslist" + System.nanoTime() + ".com";
    publish("domain", host);

    Http.Response found = http.get("/api/v1/indicators?selector=" + host, ccib);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    JsonNode body = found.json();
    assertThat(body.get("items").size()).isEqualTo(1);
    assertThat(body.get("items").get(0).get("selector").get("type").asString()).isEqualTo("domain");
    assertThat(strings(body.get("searchedTypes"))).contains("domain", "app");
    assertThat(strings(body.get("matchedTypes"))).containsExactly("domain");

    publish("app", host);
    JsonNode both = http.get("/api/v1/indicators?selector=" + host, ccib).json();
    assertThat(both.get("items").size()).isEqualTo(2);
    assertThat(strings(both.get("matchedTypes"))).containsExactly("app", "domain");

    JsonNode typed = http.get("/api/v1/indicators?selector=" + host + "&type=app", ccib).json();
    assertThat(typed.get("items").size()).isEqualTo(1);
    assertThat(strings(typed.get("searchedTypes"))).containsExactly("app");
  }

  @Test
  void theExampleOfTheReportIsSearchedNotRefused() {
    Http.Response response = http.get("/api/v1/indicators?selector=uk.africaslist.com", ccib);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().has("items")).isTrue();
    assertThat(strings(response.json().get("searchedTypes"))).contains("domain", "app");
  }

  @Test
  void aSelectorThatIsNothingIsStillRefusedNamingTheField() {
    Http.Response response = http.get("/api/v1/indicators?selector=%21%21", ccib);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).contains("selector");
  }
}
