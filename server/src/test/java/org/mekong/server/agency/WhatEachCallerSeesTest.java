package org.mekong.server.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * What a screening client and a partner node's agency may read of the node: themselves and what
 * names them, not the whole agreement graph, the other clients, partners or refusals.
 */
class WhatEachCallerSeesTest {

  private static final SeededNode SEEDED = TestNodes.shared();
  private static final Http HTTP = SEEDED.http();
  private static final String MOBILE = "th-chaophraya-mobile";
  private static final String BANK = "th-mekhala-bank";

  @BeforeAll
  static void agreementsToBothClients() {
    for (String client : List.of(MOBILE, BANK)) {
      Http.Response response =
          HTTP.post(
              "/api/v1/admin/agreements",
              SEEDED.adminKey(),
              "{\"from\":\"th-ccib\",\"to\":\"" + client + "\",\"categories\":[\"fraud\"]}");
      assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
  }

  @Test
  void aScreeningClientReadsOnlyTheAgreementsThatNameIt() {
    List<String> seen = recipients(HTTP.get("/api/v1/agreements", SEEDED.keyOf(MOBILE)).json());
    assertThat(seen).contains(MOBILE).doesNotContain(BANK);
    List<String> all = recipients(HTTP.get("/api/v1/agreements", SEEDED.keyOf("th-ccib")).json());
    assertThat(all).contains(MOBILE, BANK);
  }

  @Test
  void aScreeningClientDoesNotSeeTheOtherScreeningClients() {
    List<String> seen = ids(HTTP.get("/api/v1/agencies", SEEDED.keyOf(MOBILE)).json());
    assertThat(seen).contains(MOBILE, "th-ccib").doesNotContain(BANK);
    assertThat(ids(HTTP.get("/api/v1/agencies", SEEDED.keyOf("th-ccib")).json()))
        .contains(MOBILE, BANK);
  }

  @Test
  void aScreeningClientDoesNotSeePartnersOrRefusals() {
    assertThat(HTTP.get("/api/v1/federation/partners", SEEDED.keyOf(MOBILE)).status())
        .isEqualTo(403);
    assertThat(HTTP.get("/api/v1/federation/partners/x/refusals", SEEDED.keyOf(MOBILE)).status())
        .isEqualTo(403);
    assertThat(HTTP.get("/api/v1/federation/partners", SEEDED.keyOf("th-ccib")).status())
        .isEqualTo(200);
  }

  @Test
  void theAdminKeyGoesWithTheAdminUserNameOnly() {
    String key = SEEDED.adminKey();
    assertThat(HTTP.withAuthorization("/api/v1/whoami", basic("admin", key)).status())
        .isEqualTo(200);
    for (String user : List.of("th-ccib", "root", "", "Admin")) {
      assertThat(HTTP.withAuthorization("/api/v1/whoami", basic(user, key)).status())
          .as("user '%s'", user)
          .isEqualTo(401);
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> recipients(JsonNode agreements) {
    List<String> to = new ArrayList<>();
    agreements.forEach(agreement -> to.add(agreement.get("to").asString()));
    return to;
  }

  private static List<String> ids(JsonNode agencies) {
    List<String> ids = new ArrayList<>();
    agencies.forEach(agency -> ids.add(agency.get("id").asString()));
    return ids;
  }
}
