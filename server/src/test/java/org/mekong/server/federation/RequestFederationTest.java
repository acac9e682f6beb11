package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.federation.FederationNodes.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.stix.RequestObject;
import org.mekong.core.stix.RequestStixType;
import org.mekong.core.stix.StixRequests;
import org.mekong.server.federation.FederationNodes.Node;
import org.mekong.server.requests.RequestExchange;
import org.mekong.server.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two real nodes pulling each other, th and mm, and a third node's agency (cn-mps-afc) known to th.
 * Thailand's police (th-ccib) asks Myanmar's financial intelligence unit (mm-fiu) to freeze
 * accounts: the request arrives at mm for mm-fiu alone, is acknowledged and answered there, and th
 * sees the answer under the same deadline. A request sent while mm was down arrives after its
 * restart. Malformed objects are refused with a reason, and nothing of them is stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestFederationTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private static Node th;
  private static Node mm;
  private static String police;
  private static String fiu;
  private static String mmPolice;
  private static String cnAtTh;
  private static String policeAtMm;
  private static String answeredId = "";

  @BeforeAll
  static void twoNodes() {
    th = new Node(org.mekong.server.support.TestNodes.newDataDir());
    mm = new Node(org.mekong.server.support.TestNodes.newDataDir());
    police = th.agency("th-ccib", "law-enforcement", "TH", null);
    String fiuAtTh = th.agency("mm-fiu", "financial-intelligence", "MM", "mm");
    cnAtTh = th.agency("cn-mps-afc", "law-enforcement", "CN", "cn");
    fiu = mm.agency("mm-fiu", "financial-intelligence", "MM", null);
    mmPolice = mm.agency("mm-police", "law-enforcement", "MM", null);
    policeAtMm = mm.agency("th-ccib", "law-enforcement", "TH", "th");
    partner(th, "mm", mm.baseUrl(), "th-ccib", policeAtMm);
    partner(mm, "th", th.baseUrl(), "mm-fiu", fiuAtTh);
  }

  @AfterAll
  static void stopNodes() {
    for (Node node : new Node[] {mm, th}) {
      if (node != null) {
        node.stop();
        org.mekong.server.support.TestNodes.deleteRecursively(node.dataDir);
      }
    }
  }

  @Test
  @Order(1)
  void aFreezeRequestArrivesIsAnsweredThereAndTheSenderSeesTheAnswer() {
    JsonNode sent = send();
    String id = sent.get("id").asString();
    answeredId = id;
    assertThat(sent.get("recipient").asString()).isEqualTo("mm-fiu");

    JsonNode arrived = awaitRequest(mm, id, fiu, "sent");
    assertThat(arrived.get("sender").asString()).isEqualTo("th-ccib");
    assertThat(arrived.get("kind").asString()).isEqualTo("freeze");
    assertThat(arrived.get("deadline").asString()).isEqualTo(sent.get("deadline").asString());
    assertThat(arrived.get("payload")).isEqualTo(sent.get("payload"));
    assertThat(mm.http.get("/api/v1/requests?box=received", fiu).body()).contains(id);
    // Another agency of the receiving node, and a third node's agency, see nothing of it.
    assertThat(mm.http.get("/api/v1/requests/" + id, mmPolice).status()).isEqualTo(404);
    assertThat(mm.http.get("/api/v1/requests?box=all", mmPolice).body()).doesNotContain(id);
    assertThat(th.taxii(FederationNodes.COLLECTION + "objects/", cnAtTh).body()).doesNotContain(id);
    assertThat(mm.taxii(FederationNodes.COLLECTION + "objects/", fiu).body()).doesNotContain(id);

    step(id, "acknowledge", "{\"note\": \"checking the accounts\"}");
    awaitRequest(th, id, police, "acknowledged");
    step(id, "answer", "{\"text\": \"Both accounts frozen at 09:40\"}");
    JsonNode answered = awaitRequest(th, id, police, "answered");
    assertThat(answered.get("steps")).hasSize(2);
    assertThat(answered.get("steps").get(1).get("agency").asString()).isEqualTo("mm-fiu");
    assertThat(answered.get("steps").get(1).get("body").get("text").asString())
        .isEqualTo("Both accounts frozen at 09:40");
    // The step is the recipient's: the sender cannot take one, on either node.
    assertThat(
            th.http
                .post("/api/v1/requests/" + id + "/answer", police, "{\"text\": \"x\"}")
                .status())
        .isEqualTo(403);
    // A final request takes no more steps on the receiving node either.
    Http.Response again =
        mm.http.post("/api/v1/requests/" + id + "/refuse", fiu, "{\"reason\": \"r\"}");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
  }

  @Test
  @Order(2)
  void aRequestSentWhileTheRecipientsNodeWasDownArrivesAfterItsRestart() {
    mm.stop();
    String id = send().get("id").asString();
    mm.restart();
    // mm came back on another port: th is told where it is now
    partner(th, "mm", mm.baseUrl(), "th-ccib", policeAtMm);
    JsonNode arrived = awaitRequest(mm, id, fiu, "sent");
    assertThat(arrived.get("sender").asString()).isEqualTo("th-ccib");
  }

  @Test
  @Order(3)
  void malformedObjectsAreRefusedWithAReasonAndNothingOfThemIsStored() {
    String id = send().get("id").asString();
    awaitRequest(mm, id, fiu, "sent");
    ObjectNode good = stixOf(th, id);
    List<String> broken = new ArrayList<>();
    broken.add(served(th, id, mutate(good, o -> o.put("kind", "bribe"))));
    broken.add(served(th, id, mutate(good, o -> o.remove("recipients"))));
    broken.add(
        served(
            th,
            id,
            mutate(
                good,
                o -> {
                  o.putArray("recipients").add("mm-nobody");
                  o.put("recipient", "mm-nobody");
                })));
    broken.add(served(th, id, mutate(good, o -> o.put("deadline", "tomorrow"))));
    // A response from mm's agency whose steps break the rules: acknowledged after answered.
    ObjectNode illegal =
        StixRequests.object(
            new RequestObject(
                RequestStixType.RESPONSE,
                UUID.fromString(id),
                new AgencyId("mm-fiu"),
                new AgencyId("th-ccib"),
                Instant.parse("2026-12-06T00:00:00Z"),
                Instant.parse("2026-12-06T00:01:00Z"),
                2,
                (ObjectNode)
                    Http.JSON.readTree(
                        """
                        {"status": "acknowledged", "steps": [
                          {"at": "2026-12-06T00:00:00Z", "agency": "mm-fiu", "action": "answer",
                           "status": "answered", "body": {"text": "done"}},
                          {"at": "2026-12-06T00:01:00Z", "agency": "mm-fiu",
                           "action": "acknowledge", "status": "acknowledged"}]}""")));
    insert(mm, id, "response", 2, illegal, "th");

    for (String objectId : broken) {
      JsonNode refusal = awaitRefusal(mm, "th", objectId, fiu);
      assertThat(refusal.get("reason").asString()).isIn("invalid-object", "unknown-originator");
      assertThat(refusal.get("detail").asString()).isNotBlank();
      String uuid = objectId.substring(objectId.indexOf("--") + 2);
      assertThat(mm.http.get("/api/v1/requests/" + uuid, fiu).status()).isEqualTo(404);
      assertThat(count(mm, "SELECT count(*) FROM agency_request WHERE id = ?::uuid", uuid))
          .isZero();
    }
    JsonNode refusal = awaitRefusal(th, "mm", illegal.get("id").asString(), police);
    assertThat(refusal.get("detail").asString()).contains("step 2").contains("final");
    assertThat(th.http.get("/api/v1/requests/" + id, police).json().get("status").asString())
        .isEqualTo("sent");
  }

  @Test
  @Order(4)
  void aResponseDeliveredAgainOrOutOfOrderChangesNothing() {
    assertThat(answeredId).as("the answered request of the first test").isNotEmpty();
    RequestExchange exchange = th.node.bean(RequestExchange.class);
    TransactionTemplate transaction =
        new TransactionTemplate(th.node.bean(PlatformTransactionManager.class));
    for (int version : List.of(2, 1, 2)) {
      JsonNode stix =
          Http.JSON.readTree(
              mm.node
                  .bean(JdbcClient.class)
                  .sql(
                      "SELECT object::text FROM request_version WHERE id = ?::uuid"
                          + " AND kind = 'response' AND version = ?")
                  .params(answeredId, version)
                  .query(String.class)
                  .single());
      RequestObject object =
          ((StixRequests.Valid) StixRequests.read(stix)).object(new AgencyId("mm-fiu"));
      RequestExchange.Reception reception =
          transaction.execute(tx -> exchange.receive(object, "mm", "mm"));
      assertThat(reception).as("version " + version).isEqualTo(new RequestExchange.Unchanged());
    }
    JsonNode request = th.http.get("/api/v1/requests/" + answeredId, police).json();
    assertThat(request.get("recordedStatus").asString()).isEqualTo("answered");
    assertThat(request.get("steps")).hasSize(2);
  }

  private static JsonNode send() {
    Http.Response created =
        th.http.post(
            "/api/v1/requests",
            police,
            """
            {"recipient": "mm-fiu", "kind": "freeze", "urgency": "urgent",
             "subject": "Freeze the compound's payroll accounts",
             "legalBasis": "ASEAN MLAT art. 22",
             "payload": {"accounts": [{"value": "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"}]}}
            """);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static void step(String id, String action, String body) {
    Http.Response response = mm.http.post("/api/v1/requests/" + id + "/" + action, fiu, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private static JsonNode awaitRequest(Node node, String id, String key, String status) {
    return await(
        id + " " + status + " at " + node.baseUrl(),
        DEADLINE,
        () -> {
          Http.Response response = node.http.get("/api/v1/requests/" + id, key);
          return response.status() == 200
                  && response.json().get("recordedStatus").asString().equals(status)
              ? response.json()
              : null;
        });
  }

  private static JsonNode awaitRefusal(Node node, String partner, String objectId, String key) {
    return await(
        "refusal of " + objectId,
        DEADLINE,
        () -> {
          JsonNode refusals =
              node.http
                  .get("/api/v1/federation/partners/" + partner + "/refusals?limit=100", key)
                  .json()
                  .get("refusals");
          for (JsonNode refusal : refusals) {
            if (refusal.get("objectId").asString().equals(objectId)) {
              return refusal;
            }
          }
          return null;
        });
  }

  private static ObjectNode stixOf(Node node, String id) {
    return (ObjectNode)
        Http.JSON.readTree(
            node.node
                .bean(JdbcClient.class)
                .sql("SELECT object::text FROM request_version WHERE id = ?::uuid AND version = 1")
                .param(id)
                .query(String.class)
                .single());
  }

  private static ObjectNode mutate(
      ObjectNode good, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode copy = good.deepCopy();
    copy.put("id", "mekong-request--" + UUID.randomUUID());
    change.accept(copy);
    return copy;
  }

  /** Serves {@code object} from {@code node} to mm as a version of request {@code id}. */
  private static String served(Node node, String id, ObjectNode object) {
    insert(
        node,
        id,
        "request",
        10 + (int) count(node, "SELECT count(*) FROM request_version", ""),
        object,
        "mm");
    return object.get("id").asString();
  }

  private static void insert(
      Node node, String id, String kind, int version, ObjectNode object, String audience) {
    node.node
        .bean(JdbcClient.class)
        .sql(
            "INSERT INTO request_version (id, kind, version, modified, object, audience_node)"
                + " VALUES (?::uuid, ?, ?, now(), ?::jsonb, ?)")
        .params(id, kind, version, object.toString(), audience)
        .update();
  }

  private static long count(Node node, String sql, String param) {
    var statement = node.node.bean(JdbcClient.class).sql(sql);
    if (!param.isEmpty()) {
      statement = statement.param(param);
    }
    return statement.query(Long.class).single();
  }

  private static void partner(Node puller, String name, String url, String agency, String key) {
    Http.Response response =
        puller.put(
            "/api/v1/admin/federation/partners/" + name,
            puller.adminKey,
            "{\"url\":\"%s\",\"credentials\":{\"%s\":\"%s\"},\"pollSeconds\":1}"
                .formatted(url, agency, key));
    assertThat(response.status()).as(response.body()).isIn(200, 201);
  }
}
