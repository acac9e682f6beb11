package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mekong.server.MekongNode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import tools.jackson.databind.JsonNode;

/** A test node set up through its admin HTTP API, as an operator would. */
final class FederationNodes {

  static final String TAXII = "application/taxii+json;version=2.1";
  static final String COLLECTION =
      "/taxii2/mekong/collections/7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11/";

  /** One running node, its data directory and its admin key. */
  static final class Node {
    final Path dataDir;
    MekongNode node;
    Http http;
    final String adminKey;

    Node(Path dataDir) {
      this.dataDir = dataDir;
      this.node = TestNodes.start(dataDir, Map.of());
      this.http = new Http(node.baseUrl());
      this.adminKey = node.bean(AgencyDirectory.class).issueAdminKey("test").secret().value();
    }

    /** Stops the node, keeping its data directory. */
    void stop() {
      node.close();
    }

    /** Starts the node again on the same data directory. */
    void restart() {
      node = TestNodes.start(dataDir, Map.of());
      http = new Http(node.baseUrl());
    }

    String baseUrl() {
      return node.baseUrl();
    }

    /** Adds an agency (remote when {@code node} is given) and returns a key of it. */
    String agency(String id, String kind, String country, @Nullable String remoteNode) {
      String body =
          "{\"id\":\""
              + id
              + "\",\"name\":\""
              + id
              + "\",\"country\":\""
              + country
              + "\",\"kind\":\""
              + kind
              + "\""
              + (remoteNode == null ? "" : ",\"node\":\"" + remoteNode + "\"")
              + "}";
      Http.Response created = http.post("/api/v1/admin/agencies", adminKey, body);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      Http.Response key = http.post("/api/v1/admin/agencies/" + id + "/keys", adminKey, "{}");
      assertThat(key.status()).as(key.body()).isEqualTo(201);
      return key.json().get("apiKey").asString();
    }

    void agreement(String from, String to) {
      Http.Response response =
          http.post(
              "/api/v1/admin/agreements",
              adminKey,
              "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"categories\":[\"fraud\"]}");
      assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    Http.Response put(String path, String key, String json) {
      return http.send(
          http.request(path, key)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(json))
              .build());
    }

    Http.Response delete(String path, String key) {
      return http.send(http.request(path, key).DELETE().build());
    }

    Http.Response taxii(String path, String key) {
      return http.send(http.request(path, key).header("Accept", TAXII).GET().build());
    }

    /** Publishes a phone indicator and returns its id. */
    String publish(String key, String number, String tlp, String extra) {
      Http.Response published =
          http.post(
              "/api/v1/indicators",
              key,
              "{\"type\":\"phone\",\"value\":\""
                  + number
                  + "\",\"categories\":[\"fraud.investment\"],\"confidence\":70,\"tlp\":\""
                  + tlp
                  + "\""
                  + extra
                  + "}");
      assertThat(published.status()).as(published.body()).isEqualTo(201);
      return published.json().get("indicator").get("id").asString();
    }

    JsonNode partner(String name) {
      Http.Response response = http.get("/api/v1/federation/partners", adminKey);
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      for (JsonNode partner : response.json().get("partners")) {
        if (partner.get("name").asString().equals(name)) {
          return partner;
        }
      }
      throw new AssertionError("no partner " + name + " in " + response.body());
    }
  }

  private FederationNodes() {}

  /** Polls until {@code probe} gives a value, or fails after the deadline. */
  static <T> T await(String what, Duration deadline, Supplier<@Nullable T> probe) {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("gave up waiting for " + what + " after " + deadline);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
