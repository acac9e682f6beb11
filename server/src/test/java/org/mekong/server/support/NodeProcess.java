package org.mekong.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mekong.server.database.RunningPostgres;
import org.mekong.server.demo.DemoSeeder;

/**
 * {@code mekong demo} as a real process (the application's main class on the test class path), for
 * tests that kill it: its log, its readiness, and its embedded PostgreSQL.
 */
public final class NodeProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final Path dataDir;
  private final Path log;
  private final int port;

  private NodeProcess(Process process, Path dataDir, Path log, int port) {
    this.process = process;
    this.dataDir = dataDir;
    this.log = log;
    this.port = port;
  }

  /** Starts {@code mekong demo} on {@code dataDir} and a free port, its output in {@code log}. */
  public static NodeProcess startDemo(Path dataDir, Path log, String... extraArguments) {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = javaCommand("org.mekong.server.cli.MekongCommand");
    command.add(1, "-Xmx768m");
    command.add("demo");
    command.addAll(List.of("--port", String.valueOf(port), "--data", dataDir.toString()));
    command.addAll(List.of(extraArguments));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new NodeProcess(process, dataDir, log, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The command line of a JVM that runs {@code mainClass} from the test class path, with the JIT
   * flags that this test JVM was given (docs/decisions/0060), as the launcher gives them.
   */
  public static List<String> javaCommand(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(argument -> argument.startsWith("-XX:"))
        .forEach(command::add);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    return command;
  }

  /** The node's base URL. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The Java process. */
  public Process process() {
    return process;
  }

  /** What the node printed so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The status of {@code GET /actuator/health/readiness}, or empty while nothing answers. */
  public Optional<Integer> readiness() throws InterruptedException {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return Optional.of(response.statusCode());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Waits until the node reports ready; fails with its log if it dies or takes too long. */
  public void awaitReady(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("the node exited with " + process.exitValue() + ":\n" + log());
      }
      // the demo writes its credentials just after it turns ready: wait for both
      if (readiness().orElse(0) == 200
          && Files.exists(dataDir.resolve(DemoSeeder.CREDENTIALS_FILE))) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the node was not ready within " + patience + ":\n" + log());
  }

  /** The node's PostgreSQL, found through its {@code postmaster.pid}. */
  public Optional<RunningPostgres> postgres() {
    return RunningPostgres.find(dataDir.resolve("postgres"));
  }

  /** Stops the node with SIGTERM, as an operator would, and waits for it. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the node did not stop within 60 s:\n" + log());
    }
  }

  /**
   * Ends whatever is left after a test, the node and its PostgreSQL (asked to shut down first, so
   * that it releases its shared memory), whatever state the test left them in.
   */
  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    Optional<ProcessHandle> postmaster =
        postgres()
            .flatMap(pg -> ProcessHandle.of(pg.pid()))
            .filter(handle -> handle.info().command().orElse("").endsWith("/postgres"));
    if (postmaster.isPresent()) {
      postmaster.get().destroy();
      try {
        postmaster.get().onExit().get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        postmaster.get().destroyForcibly();
      }
    }
  }
}
