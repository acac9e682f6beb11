package org.mekong.server.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;

/**
 * The keys that the demo nodes' agencies hold at their partners, kept in a file readable by its
 * owner only, so that a restarted federation reuses them instead of issuing new ones each time.
 */
final class FederationKeys {

  private final Path file;

  /** Per "receiver@source" pair of node names, the key of each agency of the receiver. */
  private final Map<String, Map<String, String>> keys;

  private FederationKeys(Path file, Map<String, Map<String, String>> keys) {
    this.file = file;
    this.keys = keys;
  }

  /** The keys kept in {@code file}; none if it is missing or unreadable. */
  static FederationKeys read(Path file) {
    Map<String, Map<String, String>> keys = new HashMap<>();
    if (Files.isRegularFile(file)) {
      try {
        Map<String, Map<String, String>> read =
            NodeApi.JSON.readValue(
                file.toFile(), new TypeReference<Map<String, Map<String, String>>>() {});
        read.forEach((pair, held) -> keys.put(pair, new TreeMap<>(held)));
      } catch (RuntimeException e) {
        keys.clear();
      }
    }
    return new FederationKeys(file, keys);
  }

  /**
   * The key with which agency {@code agencyId} of node {@code receiver} pulls from {@code source}:
   * the kept one if it still authenticates as that agency there, otherwise one that the source's
   * admin issues now.
   */
  String keyAt(String receiver, DemoFederation.Member source, String agencyId) {
    NodeApi sourceApi = new NodeApi(source.baseUrl());
    Map<String, String> held =
        keys.computeIfAbsent(receiver + "@" + source.site().name(), pair -> new TreeMap<>());
    String key = held.get(agencyId);
    if (key == null || !authenticatesAs(sourceApi, key, agencyId)) {
      key =
          sourceApi
              .postOk(
                  "/api/v1/admin/agencies/" + agencyId + "/keys",
                  source.adminKey(),
                  Map.of("label", "federation " + receiver))
              .path("apiKey")
              .asString();
      held.put(agencyId, key);
    }
    return key;
  }

  /** Writes the keys atomically, readable by the owner only. */
  void write() {
    SecretFile.write(
        file,
        NodeApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new TreeMap<>(keys)));
  }

  private static boolean authenticatesAs(NodeApi api, String key, String agencyId) {
    NodeApi.Answer answer = api.get("/api/v1/whoami", key);
    return answer.ok() && answer.json().path("agency").path("id").asString("").equals(agencyId);
  }
}
