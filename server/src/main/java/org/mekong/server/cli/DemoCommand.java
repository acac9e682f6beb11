package org.mekong.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.mekong.core.synthetic.PlantedCases;
import org.mekong.server.MekongNode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.NodeConfigLoader;
import org.mekong.server.console.ConsoleAccounts;
import org.mekong.server.demo.BorderStory;
import org.mekong.server.demo.Credentials;
import org.mekong.server.demo.DemoSanctions;
import org.mekong.server.demo.DemoSeeder;
import org.mekong.server.demo.DemoTraffic;
import org.mekong.server.demo.DemoWorldSeeder;
import org.mekong.server.demo.RescueStory;
import org.mekong.server.indicator.IndicatorImporter;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.sharing.SharingPolicies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts a demo node: embedded PostgreSQL, seeded agencies and world, then (ready) a credentials
 * file.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start a demo node on http://localhost:PORT with an embedded PostgreSQL whose data lives"
          + " under the data directory, seed the demo agencies and write"
          + " DATA/credentials.json and a day of traffic to screen under DATA/traffic. Stop it with Ctrl-C (SIGINT) or SIGTERM; a restart keeps"
          + " the data."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "data directory (default: var/demo of the installation)")
  @Nullable Path data;

  @Option(
      names = "--seed",
      defaultValue = "20261128",
      description =
          "seed of the synthetic world (default: ${DEFAULT-VALUE}); same seed, same world")
  long seed;

  @Option(
      names = "--indicators",
      defaultValue = "30000",
      description = "indicators in the synthetic world of a new node (default: ${DEFAULT-VALUE})")
  int indicators;

  @Option(
      names = "--nodes",
      defaultValue = "1",
      description =
          "1 for one node, 3 for a federation of China, Myanmar and Thailand on ports PORT,"
              + " PORT+1 and PORT+2, one data directory and credentials.json each under DATA/cn,"
              + " DATA/mm and DATA/th (default: ${DEFAULT-VALUE})")
  int nodes;

  @Option(
      names = "--no-rescue-story",
      description =
          "do not tell the rescue story through the casework API once the demo is ready (e.g. for"
              + " a benchmark that loads casework records into the database itself)")
  boolean noRescueStory;

  @Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (nodes != 1 && nodes != 3) {
      throw usage("--nodes must be 1 (one node) or 3 (China, Myanmar, Thailand) but was " + nodes);
    }
    if (indicators < 0 || indicators > 10_000_000) {
      throw usage("--indicators must be 0-10000000 but was " + indicators);
    }
    Path dataDir = DataDirectories.orDefault(data);
    if (nodes == 3) {
      return FederationDemo.run(dataDir, port, seed, indicators, !noRescueStory);
    }
    NodeConfig config =
        NodeConfigLoader.load(
            null,
            System.getenv(),
            Map.of("port", String.valueOf(port), "data-dir", dataDir.toString()));
    System.out.println("Starting the Mekong demo node (data in " + dataDir + ") ...");
    MekongNode node = NodeRunner.start("demo", config, Map.of(MekongNode.HOLD_READINESS, true));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping the Mekong demo node ...");
                  node.close();
                  stopped.countDown();
                },
                "mekong-shutdown"));
    Credentials credentials =
        new DemoSeeder(node.bean(AgencyDirectory.class), node.bean(ConsoleAccounts.class))
            .seedAgencies(dataDir, node.baseUrl());
    CompletableFuture<Optional<DemoTraffic.Written>> traffic =
        indicators >= PlantedCases.SIZE
            ? CompletableFuture.supplyAsync(() -> Optional.of(DemoTraffic.write(dataDir, seed)))
                .exceptionally(
                    e -> {
                      System.err.println("mekong demo: no traffic to screen: " + e.getMessage());
                      return Optional.empty();
                    })
            : CompletableFuture.completedFuture(Optional.empty());
    if (indicators > 0) {
      System.out.println("Seeding the synthetic world (seed " + seed + ") ...");
      var seeded =
          new DemoWorldSeeder(
                  node.bean(AgencyDirectory.class),
                  node.bean(SharingPolicies.class),
                  node.bean(IndicatorImporter.class),
                  node.bean(IndicatorRegistry.class))
              .seed(seed, indicators);
      System.out.println(
          seeded.seededNow()
              ? "Seeded "
                  + seeded.indicators()
                  + " indicators and "
                  + seeded.sightings()
                  + " sightings."
              : "The node holds data already; the synthetic world was not seeded again.");
    }
    BorderStory.tell(credentials, System.out::println);
    Optional<DemoTraffic.Written> written = traffic.join();
    node.markReady();
    DemoSeeder.writeCredentials(dataDir, credentials);
    printSanctions(node, credentials);
    if (!noRescueStory) {
      RescueStory.tell(List.of(credentials), seed, System.out::println);
    }
    printWelcome(node, dataDir, credentials, written);
    stopped.await();
    return 0;
  }

  private static void printWelcome(
      MekongNode node,
      Path dataDir,
      Credentials credentials,
      Optional<DemoTraffic.Written> traffic) {
    Credentials.Entry first = credentials.agencies().getFirst();
    System.out.println();
    System.out.println("Mekong demo node is up at " + node.baseUrl());
    System.out.println("  health:      " + node.baseUrl() + "/actuator/health");
    System.out.println("  credentials: " + dataDir.resolve(DemoSeeder.CREDENTIALS_FILE));
    System.out.println("  agencies:");
    for (Credentials.Entry agency : credentials.agencies()) {
      System.out.printf(
          "    %-22s %s %-22s %s%n", agency.id(), agency.country(), agency.kind(), agency.name());
    }
    traffic.ifPresent(DemoCommand::printTraffic);
    System.out.println("Log in with an agency's API key from the credentials file, e.g.:");
    System.out.println(
        "  curl -H 'Authorization: Bearer "
            + first.apiKey()
            + "' "
            + node.baseUrl()
            + "/api/v1/whoami");
    credentials.users().stream()
        .filter(user -> user.totpSecret() == null)
        .findFirst()
        .ifPresent(
            user ->
                System.out.println(
                    "Or open the console at "
                        + node.baseUrl()
                        + "/ and log in as "
                        + user.username()
                        + " with the password of the credentials file's users (supervisors and"
                        + " node admins also need the TOTP code of their totpSecret)."));
    System.out.println("Press Ctrl-C to stop.");
  }

  /** Imports the demo's designations and shows a hit on a name written in another script. */
  private static void printSanctions(MekongNode node, Credentials credentials) {
    try {
      List<String> lines =
          DemoSanctions.load(
              node.baseUrl(),
              key(credentials, "th-ccib"),
              key(credentials, "th-chaophraya-mobile"));
      System.out.println("Name screening against the region's public designations:");
      lines.forEach(System.out::println);
    } catch (RuntimeException e) {
      System.err.println("mekong demo: no sanctions list: " + e.getMessage());
    }
  }

  private static String key(Credentials credentials, String agency) {
    return credentials.agencies().stream()
        .filter(entry -> entry.id().equals(agency))
        .findFirst()
        .orElse(credentials.agencies().getFirst())
        .apiKey();
  }

  private static void printTraffic(DemoTraffic.Written traffic) {
    System.out.println(
        "  traffic of "
            + traffic.day()
            + " to screen ("
            + (traffic.writtenNow() ? "written now" : "kept")
            + "): "
            + traffic.directory());
    for (Path file : traffic.files()) {
      System.out.println("    " + file.getFileName());
    }
    System.out.println(
        "    (calls and web visits for th-chaophraya-mobile, transfers for th-mekhala-bank;"
            + " the expected file lists what screening them must find)");
  }

  private CommandLine.ParameterException usage(String message) {
    if (spec == null) {
      throw new IllegalStateException("picocli injects the command spec");
    }
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
