package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mekong.server.database.RunningPostgres;
import org.mekong.server.support.Http;
import org.mekong.server.support.NodeProcess;
import org.mekong.server.support.TestNodes;
import tools.jackson.databind.JsonNode;

/**
 * {@code mekong demo} as a process: it writes its credentials whole once it is ready and seeded,
 * and on SIGTERM stops the web server and its PostgreSQL, leaving no process behind.
 */
class DemoProcessTest {

  @Test
  void startsHealthyAndStopsPostgresOnSigterm() throws Exception {
    Path dataDir = TestNodes.newDataDir();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = NodeProcess.javaCommand("org.mekong.server.cli.MekongCommand");
    command.addAll(
        List.of(
            "demo",
            "--port",
            String.valueOf(port),
            "--data",
            dataDir.toString(),
            "--indicators",
            "200"));
    Process demo =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("demo.log").toFile())
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      Path credentials = dataDir.resolve(DemoSeeder.CREDENTIALS_FILE);
      for (int i = 0; i < 3_000 && !Files.exists(credentials) && demo.isAlive(); i++) {
        Thread.sleep(20);
      }
      String log = Files.readString(dataDir.resolve("demo.log"));
      assertThat(credentials).as(log).exists();
      // whoever waits for the file finds it whole, the node ready and its world seeded
      JsonNode file = Http.JSON.readTree(Files.readString(credentials));
      assertThat(file.get("agencies").size()).as(log).isEqualTo(DemoAgencies.ALL.size());
      assertThat(file.get("adminApiKey").asString()).isNotBlank();
      assertThat(status(http, port, "/actuator/health/readiness")).as(log).isEqualTo(200);
      assertThat(health(http, port)).isTrue();
      RunningPostgres postgres = RunningPostgres.find(dataDir.resolve("postgres")).orElseThrow();
      try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
          Statement statement = db.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM indicator")) {
        rows.next();
        assertThat(rows.getLong(1)).as("the world is seeded").isPositive();
      }
      assertThat(dataDir.resolve(DemoSeeder.CREDENTIALS_FILE + ".tmp")).doesNotExist();

      demo.destroy();
      assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(ProcessHandle.of(postgres.pid()).map(ProcessHandle::isAlive).orElse(false))
          .as("PostgreSQL stopped with the node")
          .isFalse();
      assertThat(dataDir.resolve("postgres").resolve("postmaster.pid"))
          .as("PostgreSQL shut down cleanly")
          .doesNotExist();
      assertThat(Files.readString(dataDir.resolve("demo.log")))
          .contains("Stopping the Mekong demo node");
    } finally {
      demo.destroyForcibly();
      TestNodes.deleteRecursively(dataDir);
    }
  }

  private static int status(HttpClient http, int port, String path) throws InterruptedException {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  private static boolean health(HttpClient http, int port) throws InterruptedException {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("UP");
    } catch (IOException e) {
      return false;
    }
  }
}
