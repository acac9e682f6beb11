package org.mekong.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.mekong.server.demo.Credentials;
import org.mekong.server.demo.DemoFederation;
import org.mekong.server.demo.DemoSeeder;
import org.mekong.server.demo.FederationShowcase;
import org.mekong.server.demo.RescueStory;

/** {@code mekong demo --nodes 3}: the federation of China, Myanmar and Thailand. */
final class FederationDemo {

  private FederationDemo() {}

  static int run(Path dataDir, int firstPort, long seed, int indicators, boolean rescueStory)
      throws InterruptedException {
    if (firstPort < 0 || firstPort > 65_533) {
      throw new CommandFailedException("--port must leave room for three ports (0-65533)");
    }
    System.out.println("Starting the Mekong demo federation (data in " + dataDir + ") ...");
    DemoFederation federation;
    try {
      federation =
          DemoFederation.start(
              new DemoFederation.Options(dataDir, firstPort, seed, indicators, System.getenv()),
              System.out::println);
    } catch (RuntimeException e) {
      throw new CommandFailedException("the federation did not start: " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping the Mekong demo federation ...");
                  federation.close();
                  stopped.countDown();
                },
                "mekong-shutdown"));
    printWelcome(federation);
    FederationShowcase showcase = new FederationShowcase(federation, System.out::println);
    try {
      List<FederationShowcase.Example> examples = showcase.examplesOf(dataDir);
      if (examples.isEmpty()) {
        System.out.println("China's anti-fraud centre publishes one example at each marking ...");
        examples = showcase.publish(dataDir);
        showcase.showWhoSeesWhat(examples);
        System.out.println("China revokes the TLP:AMBER example ...");
        showcase.showRevocation(examples);
      } else {
        showcase.showWhoSeesWhat(examples);
      }
    } catch (RuntimeException e) {
      System.err.println("mekong demo: the federation showcase stopped: " + e.getMessage());
    }
    if (rescueStory) {
      RescueStory.tell(
          federation.members().stream().map(DemoFederation.Member::credentials).toList(),
          seed,
          System.out::println);
    }
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
    return 0;
  }

  private static void printWelcome(DemoFederation federation) {
    System.out.println();
    for (DemoFederation.Member member : federation.members()) {
      System.out.println(
          "Mekong node "
              + member.site().name()
              + " ("
              + member.site().title()
              + ") is up at "
              + member.baseUrl());
      System.out.println("  credentials: " + member.dataDir().resolve(DemoSeeder.CREDENTIALS_FILE));
      for (Credentials.Entry agency : member.credentials().agencies()) {
        System.out.printf(
            "    %-22s %s %-22s %s%n", agency.id(), agency.country(), agency.kind(), agency.name());
      }
    }
    DemoFederation.Member thailand = federation.member("th");
    System.out.println(
        "Each node pulls from the other two every "
            + DemoFederation.POLL_SECONDS
            + " s. Partner state, e.g. on Thailand's node:");
    System.out.println(
        "  curl -H 'Authorization: Bearer "
            + thailand.adminKey()
            + "' "
            + thailand.baseUrl()
            + "/api/v1/federation/partners");
    System.out.println();
  }
}
