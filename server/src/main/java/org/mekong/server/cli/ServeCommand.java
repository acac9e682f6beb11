package org.mekong.server.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.mekong.server.MekongNode;
import org.mekong.server.config.DatabaseSettings;
import org.mekong.server.config.InvalidConfigurationException;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.NodeConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs a production node against an external PostgreSQL. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run a node against an external PostgreSQL given by JDBC URL (setting database.url).",
      "Settings come from the YAML file given with --config and from MEKONG_* environment"
          + " variables (see the README's configuration table). On its first start the node"
          + " prints an admin API key once."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file")
  @Nullable Path config;

  @Option(names = "--port", description = "HTTP port, overriding the configuration")
  @Nullable Integer port;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> overrides = new HashMap<>();
    if (port != null) {
      overrides.put("port", String.valueOf(port));
    }
    NodeConfig nodeConfig = NodeConfigLoader.load(config, System.getenv(), overrides);
    if (!(nodeConfig.database() instanceof DatabaseSettings.External)) {
      throw new InvalidConfigurationException(
          "database.url",
          "is required by 'serve' (a jdbc:postgresql:// URL); 'mekong demo' runs an embedded"
              + " database instead");
    }
    MekongNode node =
        NodeRunner.start("serve", nodeConfig, Map.of("mekong.bootstrap-admin-key", true));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  node.close();
                  stopped.countDown();
                },
                "mekong-shutdown"));
    System.out.println("Mekong node '" + nodeConfig.nodeName() + "' serving at " + node.baseUrl());
    stopped.await();
    return 0;
  }
}
