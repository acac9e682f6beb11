package org.mekong.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mekong.server.MekongNode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.NodeConfigLoader;
import org.mekong.server.console.ConsoleAccounts;
import org.mekong.server.demo.Credentials;
import org.mekong.server.demo.DemoSeeder;

/**
 * Real nodes for tests: an embedded PostgreSQL under a temporary data directory and the web
 * application on a random port. One shared, seeded node serves the tests that need no node of their
 * own.
 */
public final class TestNodes {

  /** A seeded node and its credentials. */
  public record SeededNode(MekongNode node, Path dataDir, Credentials credentials) {
    public Http http() {
      return new Http(node.baseUrl());
    }

    public String keyOf(String agencyId) {
      return credentials.agencies().stream()
          .filter(entry -> entry.id().equals(agencyId))
          .findFirst()
          .orElseThrow()
          .apiKey();
    }

    public String adminKey() {
      String key = credentials.adminApiKey();
      if (key == null) {
        throw new IllegalStateException("the demo writes an admin key");
      }
      return key;
    }
  }

  private static SeededNode shared;

  private TestNodes() {}

  /** The node shared by this test JVM, started on first use and stopped when the JVM ends. */
  public static synchronized SeededNode shared() {
    if (shared == null) {
      shared =
          startSeeded(
              newDataDir(),
              Map.of(
                  "limits.max-request-bytes", "65536",
                  "taxii.roots.th-cn.title", "Thailand and China",
                  "taxii.roots.th-cn.agencies", "th-ccib,cn-mps-afc"));
      SeededNode node = shared;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    node.node().close();
                    deleteRecursively(node.dataDir());
                  }));
    }
    return shared;
  }

  /** Deletes a test's data directory once its node has stopped; best effort. */
  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  // a leftover temporary file does no harm
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // best effort
    }
  }

  /** A fresh temporary data directory. */
  public static Path newDataDir() {
    try {
      return Files.createTempDirectory("mekong-test-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a node on {@code dataDir} with a random port and seeds the demo agencies. */
  public static SeededNode startSeeded(Path dataDir, Map<String, String> settings) {
    MekongNode node = start(dataDir, settings);
    Credentials credentials =
        new DemoSeeder(node.bean(AgencyDirectory.class), node.bean(ConsoleAccounts.class))
            .seed(dataDir, node.baseUrl());
    return new SeededNode(node, dataDir, credentials);
  }

  /** Starts an unseeded node on {@code dataDir} with a random port. */
  public static MekongNode start(Path dataDir, Map<String, String> settings) {
    Map<String, String> overrides = new java.util.HashMap<>(settings);
    overrides.put("port", "0");
    overrides.put("data-dir", dataDir.toString());
    NodeConfig config = NodeConfigLoader.load(null, Map.of(), overrides);
    return MekongNode.start(config);
  }
}
