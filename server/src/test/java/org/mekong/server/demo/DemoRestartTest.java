package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.ConsoleClient;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/** A demo node keeps its agencies and keys across a restart on the same data directory. */
class DemoRestartTest {

  @Test
  void dataSurvivesARestartAndTheCredentialsFileKeepsTheContract() throws Exception {
    Path dataDir = TestNodes.newDataDir();
    SeededNode first = TestNodes.startSeeded(dataDir, Map.of());
    String created;
    try {
      Http http = first.http();
      created =
          http.post(
                  "/api/v1/admin/agencies",
                  first.adminKey(),
                  "{\"id\":\"la-police\",\"name\":\"Lao Police\",\"country\":\"LA\","
                      + "\"kind\":\"law-enforcement\"}")
              .json()
              .get("id")
              .asString();
    } finally {
      first.node().close();
    }

    SeededNode second = TestNodes.startSeeded(dataDir, Map.of());
    try {
      assertThat(second.credentials().agencies())
          .extracting(Credentials.Entry::apiKey)
          .containsExactlyElementsOf(
              first.credentials().agencies().stream().map(Credentials.Entry::apiKey).toList());
      Http http = second.http();
      for (Credentials.Entry agency : first.credentials().agencies()) {
        Http.Response whoami = http.get("/api/v1/whoami", agency.apiKey());
        assertThat(whoami.status()).as(agency.id()).isEqualTo(200);
        assertThat(whoami.json().get("agency").get("id").asString()).isEqualTo(agency.id());
      }
      assertThat(http.get("/api/v1/agencies", first.keyOf("th-ccib")).body()).contains(created);
      assertThat(second.credentials().users())
          .as("console accounts that still log in are kept as they were")
          .containsExactlyElementsOf(first.credentials().users());
      Credentials.User analyst =
          second.credentials().users().stream()
              .filter(user -> user.totpSecret() == null)
              .findFirst()
              .orElseThrow();
      assertThat(
              new ConsoleClient(second.node().baseUrl())
                  .login(analyst.username(), analyst.password(), null)
                  .location())
          .doesNotContain("error");

      JsonNode file =
          Http.JSON.readTree(Files.readString(dataDir.resolve(DemoSeeder.CREDENTIALS_FILE)));
      assertThat(file.get("baseUrl").asString()).isEqualTo(second.node().baseUrl());
      assertCredentialsContract(file);
    } finally {
      second.node().close();
      TestNodes.deleteRecursively(dataDir);
    }
  }

  private static void assertCredentialsContract(JsonNode file) {
    JsonNode agencies = file.get("agencies");
    assertThat(agencies.size()).isGreaterThanOrEqualTo(3);
    Set<String> kinds =
        Set.of(
            "law-enforcement",
            "immigration",
            "consular",
            "financial-intelligence",
            "screening-client");
    for (JsonNode agency : agencies) {
      for (String field :
          new String[] {"id", "name", "country", "kind", "apiKey", "taxiiUser", "taxiiPassword"}) {
        assertThat(agency.get(field)).as(field).isNotNull();
        assertThat(agency.get(field).asString()).as(field).isNotBlank();
      }
      assertThat(kinds).contains(agency.get("kind").asString());
    }
    Set<String> countries =
        agencies.valueStream().map(a -> a.get("country").asString()).collect(Collectors.toSet());
    Set<String> lawEnforcementCountries =
        agencies
            .valueStream()
            .filter(a -> a.get("kind").asString().equals("law-enforcement"))
            .map(a -> a.get("country").asString())
            .collect(Collectors.toSet());
    assertThat(countries).hasSizeGreaterThanOrEqualTo(2);
    assertThat(lawEnforcementCountries).hasSizeGreaterThanOrEqualTo(2);
    assertThat(agencies.valueStream().map(a -> a.get("kind").asString()))
        .contains("screening-client");
    JsonNode users = file.get("users");
    Set<String> agencyIds =
        agencies.valueStream().map(a -> a.get("id").asString()).collect(Collectors.toSet());
    assertThat(users.size()).isGreaterThanOrEqualTo(agencies.size());
    for (JsonNode user : users) {
      for (String field : new String[] {"agency", "username", "password", "role"}) {
        assertThat(user.get(field).asString()).as(field).isNotBlank();
      }
      assertThat(agencyIds).contains(user.get("agency").asString());
    }
    assertThat(users.valueStream().map(u -> u.get("role").asString()))
        .contains("analyst", "supervisor", "border-officer", "screening-operator", "node-admin");
  }
}
