package org.mekong.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/screen/events} and the alert review on a real node: an event over a threshold
 * becomes an alert that only its client sees; assigning, confirming and dismissing record who, when
 * and why, and the decisions reach the indicators as sightings.
 */
class AlertsApiTest {

  private static SeededNode seeded;
  private static Http http;
  private static String operator;

  @BeforeAll
  static void agreements() {
    seeded = TestNodes.shared();
    http = seeded.http();
    operator = seeded.keyOf("th-chaophraya-mobile");
    ScreeningFixtures.agreement(seeded, "cn-mps-afc", "th-ccib", "fraud");
    ScreeningFixtures.agreement(seeded, "th-ccib", "th-chaophraya-mobile", "fraud");
    ScreeningFixtures.awaitReady(seeded);
  }

  @Test
  void aCallFromAListedNumberRaisesAnAlertThatIsAssignedAndConfirmed() {
    String number = ScreeningApiTest.randomChineseMobile();
    String id = ScreeningFixtures.publishPhone(seeded, "cn-mps-afc", number, "green", "");

    JsonNode event = awaitAlert(callFrom(number));
    assertThat(event.get("kind").asString()).isEqualTo("call");
    assertThat(event.get("level").asString()).isIn("review", "hold_and_review", "urgent_review");
    assertThat(event.get("fields").get(0).get("role").asString()).isEqualTo("a_number");
    assertThat(event.get("fields").get(0).get("verdict").asString()).isEqualTo("hit");
    assertThat(event.get("fields").get(1).get("verdict").asString()).isEqualTo("no_hit");
    String alert = event.get("alert").asString();

    JsonNode listed = http.get("/api/v1/alerts?status=open&limit=500", operator).json();
    assertThat(listed.get("items").valueStream().map(a -> a.get("id").asString())).contains(alert);
    assertThat(http.get("/api/v1/alerts/" + alert, seeded.keyOf("th-ccib")).status())
        .isEqualTo(404);
    JsonNode stored = http.get("/api/v1/alerts/" + alert, operator).json().get("event");
    assertThat(stored.get("aNumber").asString()).isEqualTo(number);
    assertThat(stored.has("url")).as("only the call's own fields are kept").isFalse();

    Http.Response assigned =
        http.post(
            "/api/v1/alerts/" + alert + "/assign",
            operator,
            "{\"assignee\":\"fraud-desk\",\"analyst\":\"somchai\"}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().get("status").asString()).isEqualTo("assigned");

    Http.Response confirmed =
        http.post(
            "/api/v1/alerts/" + alert + "/confirm",
            operator,
            "{\"analyst\":\"somchai\",\"reason\":\"victim reported the call\"}");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    JsonNode decided = confirmed.json();
    assertThat(decided.get("sightingsRecorded").asInt()).isEqualTo(1);
    assertThat(decided.get("alert").get("status").asString()).isEqualTo("confirmed");
    JsonNode decisions = decided.get("alert").get("decisions");
    assertThat(decisions).hasSize(2);
    assertThat(decisions.get(1).get("action").asString()).isEqualTo("confirm");
    assertThat(decisions.get(1).get("analyst").asString()).isEqualTo("somchai");
    assertThat(decisions.get(1).get("reason").asString()).isEqualTo("victim reported the call");

    JsonNode sightings =
        http.get("/api/v1/indicators/" + id + "/sightings", seeded.keyOf("cn-mps-afc")).json();
    assertThat(sightings.toString()).contains("true-positive").contains("th-chaophraya-mobile");

    Http.Response again =
        http.post(
            "/api/v1/alerts/" + alert + "/dismiss",
            operator,
            "{\"analyst\":\"niran\",\"reason\":\"second look\"}");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aDismissedAlertRecordsAFalsePositive() {
    String number = ScreeningApiTest.randomChineseMobile();
    String id = ScreeningFixtures.publishPhone(seeded, "cn-mps-afc", number, "green", "");
    String alert = awaitAlert(callFrom(number)).get("alert").asString();

    Http.Response noReason =
        http.post("/api/v1/alerts/" + alert + "/dismiss", operator, "{\"analyst\":\"niran\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("detail").asString()).contains("reason");

    Http.Response dismissed =
        http.post(
            "/api/v1/alerts/" + alert + "/dismiss",
            operator,
            "{\"analyst\":\"niran\",\"reason\":\"the number was reassigned to a shop\"}");
    assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
    assertThat(dismissed.json().get("alert").get("status").asString()).isEqualTo("dismissed");
    assertThat(
            http.get("/api/v1/indicators/" + id + "/sightings", seeded.keyOf("cn-mps-afc")).body())
        .contains("false-positive");
  }

  @Test
  void eventsWithoutHitsRaiseNoAlertAndEveryKindIsScreened() {
    Http.Response response =
        http.post(
            "/api/v1/screen/events",
            operator,
            "{\"region\":\"TH\",\"events\":["
                + "{\"kind\":\"call\",\"aNumber\":\"0812345678\",\"bNumber\":\"66898765432\"},"
                + "{\"kind\":\"sms\",\"sender\":\"KBANK\",\"recipient\":\"0812345678\","
                + "\"body\":\"Refund: visit https://example.org/x or call 0898765432\"},"
                + "{\"kind\":\"transfer\",\"payer\":\"DE89370400440532013000\","
                + "\"payee\":\"TH:KASITHBK:1234567890\",\"amount\":1500.00,\"currency\":\"THB\"},"
                + "{\"kind\":\"web\",\"url\":\"https://example.org/\"}]}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode results = response.json().get("results");
    assertThat(results).hasSize(4);
    for (JsonNode result : results) {
      assertThat(result.get("score").asInt()).isZero();
      assertThat(result.get("level").asString()).isEqualTo("none");
      assertThat(result.has("alert")).isFalse();
    }
    assertThat(results.get(0).get("fields").get(0).get("canonical").asString())
        .isEqualTo("+66812345678");
    assertThat(results.get(1).get("fields").valueStream().map(f -> f.get("role").asString()))
        .contains("recipient", "body");
    assertThat(results.get(2).get("fields").get(1).get("canonical").asString())
        .isEqualTo("TH:KASITHBK:1234567890");
  }

  @Test
  void badEventsAreRefusedWithTheFieldNamed() {
    Http.Response noKind =
        http.post("/api/v1/screen/events", operator, "{\"events\":[{\"url\":\"x\"}]}");
    assertThat(noKind.status()).isEqualTo(400);
    assertThat(noKind.json().get("detail").asString()).contains("events[0].kind");
    Http.Response missing =
        http.post(
            "/api/v1/screen/events",
            operator,
            "{\"events\":[{\"kind\":\"call\",\"aNumber\":\"1\"}]}");
    assertThat(missing.json().get("detail").asString()).contains("events[0].bNumber");
    Http.Response badTime =
        http.post(
            "/api/v1/screen/events",
            operator,
            "{\"events\":[{\"kind\":\"web\",\"url\":\"https://a.example\",\"visitedAt\":\"noon\"}]}");
    assertThat(badTime.json().get("detail").asString()).contains("events[0].visitedAt");
    assertThat(http.get("/api/v1/alerts/not-a-uuid", operator).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/alerts?status=maybe", operator).status()).isEqualTo(400);
  }

  private static String callFrom(String number) {
    return "{\"events\":[{\"kind\":\"call\",\"aNumber\":\""
        + number
        + "\",\"bNumber\":\"66812345678\",\"imei\":\"490154203237518\","
        + "\"start\":\"2026-11-28T08:15:02Z\",\"durationSeconds\":42}]}";
  }

  private static JsonNode awaitAlert(String body) {
    return ScreeningFixtures.await(
        () -> {
          Http.Response response = http.post("/api/v1/screen/events", operator, body);
          if (response.status() == 503) {
            return null;
          }
          assertThat(response.status()).as(response.body()).isEqualTo(200);
          JsonNode result = response.json().get("results").get(0);
          return result.has("alert") ? result : null;
        });
  }
}
