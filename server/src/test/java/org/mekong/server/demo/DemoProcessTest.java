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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mekong.server.database.RunningPostgres;
import org.mekong.server.support.TestNodes;

/**
 * {@code mekong demo} as a process: it becomes healthy, writes its credentials, and on SIGTERM
 * stops the web server and its PostgreSQL, leaving no process behind.
 */
class DemoProcessTest {

  @Test
  void startsHealthyAndStopsPostgresOnSigterm() throws Exception {
    Path dataDir = TestNodes.newDataDir();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process demo =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.mekong.server.cli.MekongCommand",
                    "demo",
                    "--port",
                    String.valueOf(port),
                    "--data",
                    dataDir.toString(),
                    "--indicators",
                    "200"))
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("demo.log").toFile())
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      boolean healthy = false;
      for (int i = 0; i < 120 && !healthy && demo.isAlive(); i++) {
        healthy = Files.exists(dataDir.resolve(DemoSeeder.CREDENTIALS_FILE)) && health(http, port);
        if (!healthy) {
          Thread.sleep(500);
        }
      }
      assertThat(healthy).as(Files.readString(dataDir.resolve("demo.log"))).isTrue();
      RunningPostgres postgres = RunningPostgres.find(dataDir.resolve("postgres")).orElseThrow();

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
