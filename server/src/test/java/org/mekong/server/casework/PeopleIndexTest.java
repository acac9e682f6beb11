package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The index of known people through the API: a row of a list is matched against the rows before it
 * as well as the people known before the list; a search may give a birth date, and finds only what
 * the caller may see.
 */
class PeopleIndexTest {

  private static SeededNode node;
  private static Http http;

  @BeforeAll
  static void start() {
    node = TestNodes.shared();
    http = node.http();
  }

  private static Http.Response importList(String agency, String csv) {
    return http.send(
        http.request("/api/v1/casework/imports", node.keyOf(agency))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build());
  }

  @Test
  void aRowIsMatchedAgainstTheRowsBeforeItAndTheSearchFiltersByBirthDate() {
    String passport =
        "Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    String csv =
        "names,birth_date,nationalities,document_number,document_state\n"
            + "Thanakon Bunma,1994-03-05,THA,,\n"
            + "Phyo Zaw Hlaing,1991-07-12,MMR,"
            + passport
            + ",MMR\n"
            + "Hlaing Phyo Zaw,1991-07-12,MMR,"
            + passport
            + ",MMR\n";
    Http.Response imported = importList("th-immigration", csv);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    JsonNode proposals = imported.json().get("proposals");
    String explanation = "";
    for (JsonNode p : proposals) {
      if (p.get("line").asInt() == 4 && p.get("score").asDouble() == 1.0) {
        explanation = p.get("explanation").asString();
      }
    }
    assertThat(explanation)
        .as("line 4 duplicates line 3 by its passport: " + proposals)
        .contains("same document", passport);

    String search =
        "/api/v1/casework/persons?name="
            + URLEncoder.encode("Thanakon Bunma", StandardCharsets.UTF_8);
    Http.Response any = http.get(search, node.keyOf("th-immigration"));
    assertThat(any.status()).as(any.body()).isEqualTo(200);
    assertThat(any.json().get("items").size()).isPositive();
    Http.Response sameYear = http.get(search + "&birthDate=1994", node.keyOf("th-immigration"));
    assertThat(sameYear.json().get("items").size()).isPositive();
    Http.Response otherYear = http.get(search + "&birthDate=1961", node.keyOf("th-immigration"));
    assertThat(otherYear.json().get("items")).as("born in another year: left out").isEmpty();
    Http.Response badDate =
        http.get(search + "&birthDate=1994-02-30", node.keyOf("th-immigration"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("detail").asString()).contains("birthDate");
    Http.Response stranger = http.get(search + "&birthDate=1994", node.keyOf("mm-police"));
    assertThat(stranger.status()).isEqualTo(200);
    assertThat(stranger.json().get("items"))
        .as("no consent: another agency finds nothing")
        .isEmpty();
  }
}
