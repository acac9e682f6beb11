package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.taxii.TaxiiClient.COLLECTION;
import static org.mekong.server.taxii.TaxiiClient.encode;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mekong.server.database.VersionWriters;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Paging by the opaque cursor returns every visible version exactly once, even when most share one
 * date added and new ones arrive between pages.
 */
class TaxiiPagingTest {

  private static final int PUBLISHED = 2_500;

  @Test
  void pagesReturnEachObjectOnceWhileManyShareADateAndNewOnesArrive() {
    SeededNode seeded = TestNodes.shared();
    TaxiiClient taxii = new TaxiiClient(seeded);
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
    String run = Long.toString(System.nanoTime(), 36);
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < PUBLISHED; i++) {
      list.append("page-").append(run).append('-').append(i).append("-scam.top\n");
    }
    Http.Response imported =
        taxii
            .http()
            .send(
                taxii
                    .http()
                    .request(
                        "/api/v1/indicators:import?format=list&type=domain&tlp=green&category=fraud",
                        seeded.keyOf("mm-police"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(list.toString()))
                    .build());
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("created").asInt()).isEqualTo(PUBLISHED);

    // most of them share one date added, as a bulk load in one statement would
    Instant shared = before.plusMillis(1);
    JdbcClient jdbc = JdbcClient.create(seeded.node().bean(DataSource.class));
    int updated =
        jdbc.sql(
                "UPDATE indicator_version SET date_added = ? WHERE originator = 'mm-police'"
                    + " AND selector_key LIKE ? AND selector_key NOT LIKE ?")
            .params(Timestamp.from(shared), "page-" + run + "-%", "page-" + run + "-1%")
            .update();
    assertThat(updated).isEqualTo(PUBLISHED - 1_111);

    Set<String> expected = new HashSet<>();
    for (int i = 0; i < PUBLISHED; i++) {
      expected.add("page-" + run + "-" + i + "-scam.top");
    }
    List<String> seen = new ArrayList<>();
    String query = COLLECTION + "objects/?limit=1000&added_after=" + encode(before.toString());
    String next = null;
    int pages = 0;
    do {
      String path = next == null ? query : query + "&next=" + encode(next);
      JsonNode page = taxii.ok(path, "th-ccib");
      if (pages == 0) {
        HttpHeaders headers = taxii.headers(path, "th-ccib");
        assertThat(headers.firstValue("X-TAXII-Date-Added-First")).isPresent();
        assertThat(headers.firstValue("X-TAXII-Date-Added-Last")).isPresent();
        assertThat(page.get("objects")).hasSize(1_000);
      }
      page.get("objects").forEach(object -> seen.add(domain(object)));
      next = page.get("more").asBoolean() ? page.get("next").asString() : null;
      pages++;
      if (pages <= 2) {
        for (int i = 0; i < 5; i++) {
          String domain = "late-" + run + "-" + pages + "-" + i + "-scam.top";
          taxii.publish(
              "mm-police",
              "{\"type\":\"domain\",\"value\":\""
                  + domain
                  + "\",\"categories\":[\"fraud\"],\"tlp\":\"green\"}");
          expected.add(domain);
        }
      }
      assertThat(pages).as("pages").isLessThan(10);
    } while (next != null);

    assertThat(seen).doesNotHaveDuplicates();
    assertThat(seen).containsAll(expected);
    assertThat(pages).isGreaterThanOrEqualTo(3);
  }

  @Test
  void versionsStoredAfterAnOpenVersionWriterWaitUntilItEnds() throws java.sql.SQLException {
    SeededNode seeded = TestNodes.shared();
    TaxiiClient taxii = new TaxiiClient(seeded);
    DataSource dataSource = seeded.node().bean(DataSource.class);
    try (java.sql.Connection open = dataSource.getConnection()) {
      open.setAutoCommit(false);
      try (var statement = open.createStatement()) {
        // a transaction storing indicator versions that has not committed yet
        statement.execute(VersionWriters.ENTER);
      }
      String path = COLLECTION + "objects/?match[id]=" + publishDomain(taxii, "open");
      assertThat(taxii.ok(path, "th-ccib").get("objects")).as("behind the horizon").isNull();
      open.rollback();
      assertThat(taxii.ok(path, "th-ccib").get("objects")).hasSize(1);
    }
  }

  @Test
  void anOpenWriteOfAnythingElseHoldsNothingBack() throws java.sql.SQLException {
    SeededNode seeded = TestNodes.shared();
    TaxiiClient taxii = new TaxiiClient(seeded);
    DataSource dataSource = seeded.node().bean(DataSource.class);
    try (java.sql.Connection open = dataSource.getConnection()) {
      open.setAutoCommit(false);
      try (var statement = open.createStatement()) {
        statement.execute("SELECT txid_current()"); // e.g. a long casework import, or autovacuum
      }
      String path = COLLECTION + "objects/?match[id]=" + publishDomain(taxii, "other");
      assertThat(taxii.ok(path, "th-ccib").get("objects")).hasSize(1);
      open.rollback();
    }
  }

  private static String publishDomain(TaxiiClient taxii, String label) {
    String run = Long.toString(System.nanoTime(), 36);
    return taxii.publish(
        "mm-police",
        "{\"type\":\"domain\",\"value\":\""
            + label
            + "-"
            + run
            + "-scam.top\",\"categories\":[\"fraud\"],\"tlp\":\"green\"}");
  }

  private static String domain(JsonNode object) {
    String pattern = object.get("pattern").asString();
    return pattern.substring(pattern.indexOf('\'') + 1, pattern.lastIndexOf('\''));
  }
}
