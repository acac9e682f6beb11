package org.mekong.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/** The audit entry of a write is appended before any byte of its answer reaches the client. */
class AuditBeforeAnswerTest {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();
  private final String ccib = seeded.keyOf("th-ccib");
  private final DataSource database = seeded.node().bean(DataSource.class);

  private static String phoneJson() {
    int n = NEXT.incrementAndGet();
    String number =
        String.format("08%d-%03d-%04d", 1 + (n % 9), (System.nanoTime() / 1000) % 1000, n);
    return "{\"type\":\"phone\",\"value\":\""
        + number
        + "\",\"region\":\"TH\",\"categories\":[\"fraud.impersonation.authority\"],"
        + "\"confidence\":80,\"tlp\":\"amber\",\"handling\":\"H2\"}";
  }

  @Test
  void aPublicationIsAnsweredOnlyOnceItsEntryIsAppended() throws Exception {
    long before = lastSequence();
    CompletableFuture<Integer> statusArrived = new CompletableFuture<>();
    HttpResponse.BodyHandler<String> body =
        info -> {
          statusArrived.complete(info.statusCode());
          return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
        };
    CompletableFuture<HttpResponse<String>> answer;
    try (Connection holder = database.getConnection()) {
      holder.setAutoCommit(false);
      try (Statement statement = holder.createStatement()) {
        statement.execute("SELECT seq FROM audit_head FOR UPDATE");
      }
      answer =
          HttpClient.newHttpClient()
              .sendAsync(
                  http.request("/api/v1/indicators", ccib)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(phoneJson()))
                      .build(),
                  body);
      awaitAnAppendWaitingOnTheHead();
      // The append is blocked on the head, so not even the status line may have arrived: it would
      // be an acknowledgement a crash could leave without its entry.
      assertThatThrownBy(() -> statusArrived.get(2, TimeUnit.SECONDS))
          .as("the publication was answered while its audit entry was still being appended")
          .isInstanceOf(TimeoutException.class);
      holder.rollback();
    }
    HttpResponse<String> created = answer.get(60, TimeUnit.SECONDS);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode indicator = Http.JSON.readTree(created.body()).get("indicator");
    assertThat(indicator.get("id").asString()).startsWith("indicator--");
    assertThat(
            count(
                "SELECT count(*) FROM audit_log WHERE seq > "
                    + before
                    + " AND action = 'POST /api/v1/indicators' AND outcome = '201'"))
        .isEqualTo(1);
  }

  @Test
  void aRefusedWriteKeepsItsProblemAndIsAuditedWithItsStatus() throws Exception {
    long before = lastSequence();
    Http.Response refused = http.post("/api/v1/indicators", ccib, "{\"type\":\"phone\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").asString()).isNotBlank();
    assertThat(
            count(
                "SELECT count(*) FROM audit_log WHERE seq > "
                    + before
                    + " AND action = 'POST /api/v1/indicators' AND outcome = '400'"))
        .isEqualTo(1);
  }

  @Test
  void aWriteWhoseEntryCannotBeWrittenIsNotAcknowledged() throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          """
          CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS
          $$ BEGIN RAISE EXCEPTION 'the audit log is unavailable'; END $$
          """);
      statement.execute(
          "CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log"
              + " FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()");
      try {
        Http.Response answer = http.post("/api/v1/indicators", ccib, phoneJson());
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("detail").asString())
            .contains("audit entry could not be written")
            .contains("check before repeating it");
        assertThat(problem.get("retryable").asBoolean()).isFalse();
        assertThat(answer.body()).doesNotContain("indicator--");
      } finally {
        statement.execute("DROP TRIGGER test_refuse_audit ON audit_log");
        statement.execute("DROP FUNCTION test_refuse_audit()");
      }
    }
    assertThat(http.post("/api/v1/indicators", ccib, phoneJson()).status()).isEqualTo(201);
  }

  private void awaitAnAppendWaitingOnTheHead() throws Exception {
    for (int attempt = 0; attempt < 600; attempt++) {
      if (count(
              "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                  + " AND query LIKE '%FROM audit_head FOR UPDATE%'")
          > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no audit append ever waited on the head");
  }

  private long lastSequence() throws SQLException {
    return count("SELECT seq FROM audit_head");
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
