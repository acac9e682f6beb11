package org.mekong.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An agency at the node that hosts it (as {@code credentials.json} says): the client of that node
 * and the agency's key there. The rescue story talks to each agency only through its desk, so it
 * runs the same whether one node holds every agency or each country runs its own.
 */
record RescueDesk(String agency, String node, NodeApi api, String key, @Nullable String adminKey) {

  /** How long to wait between two looks at a record that has not arrived yet. */
  private static final Duration POLL = Duration.ofMillis(250);

  /** The desk of {@code agency} on whichever of {@code nodes} hosts it. */
  static Optional<RescueDesk> of(List<Credentials> nodes, String agency) {
    for (Credentials node : nodes) {
      for (Credentials.Entry entry : node.agencies()) {
        if (entry.id().equals(agency)) {
          return Optional.of(
              new RescueDesk(
                  agency,
                  node.baseUrl(),
                  new NodeApi(node.baseUrl()),
                  entry.apiKey(),
                  node.adminApiKey()));
        }
      }
    }
    return Optional.empty();
  }

  JsonNode get(String path) {
    return required(path, api.get(path, key));
  }

  JsonNode post(String path, Object body) {
    return required(path, api.post(path, key, body));
  }

  /** The answer's body; a refusal is a failure quoting the problem's detail, not the whole body. */
  private JsonNode required(String path, NodeApi.Answer answer) {
    if (answer.ok()) {
      return answer.body().isEmpty() ? NodeApi.JSON.createObjectNode() : answer.json();
    }
    String detail = answer.body();
    try {
      detail = answer.json().path("detail").asString(detail);
    } catch (RuntimeException e) {
      // not a problem document: quote the body
    }
    throw new IllegalStateException(
        agency + " at " + node + path + " answered " + answer.status() + ": " + detail);
  }

  /** Whether this agency may read {@code path} (2xx); a 404 or 403 is a no. */
  boolean reads(String path) {
    return api.get(path, key).ok();
  }

  /**
   * {@code path} once it answers and {@code ready} holds, or empty after {@code wait}: a record
   * sent from another node shows up only once the federation has carried it here.
   */
  Optional<JsonNode> await(String path, Predicate<JsonNode> ready, Duration wait) {
    Instant deadline = Instant.now().plus(wait);
    while (true) {
      NodeApi.Answer answer = api.get(path, key);
      if (answer.ok() && ready.test(answer.json())) {
        return Optional.of(answer.json());
      }
      if (Instant.now().isAfter(deadline)) {
        return Optional.empty();
      }
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  /** Like {@link #await}, but a record that has not arrived stops the story with {@code late}. */
  JsonNode until(String path, Predicate<JsonNode> ready, Duration wait, String late) {
    return await(path, ready, wait).orElseThrow(() -> new RescueSteps.Stop(late));
  }

  /**
   * Makes sure this agency's node holds a sharing agreement from it to {@code receiver}, as the
   * operator sets one (a node seeded before the agreement existed lacks it).
   */
  void agreeWith(String receiver, List<String> categories) {
    for (JsonNode agreement : get("/api/v1/agreements")) {
      if (agreement.path("from").asString("").equals(agency)
          && agreement.path("to").asString("").equals(receiver)) {
        return;
      }
    }
    if (adminKey == null) {
      throw new IllegalStateException("no agreement " + agency + " -> " + receiver + " on " + node);
    }
    api.postOk(
        "/api/v1/admin/agreements",
        adminKey,
        Map.of("from", agency, "to", receiver, "categories", categories, "upTo", "amber"));
  }
}
