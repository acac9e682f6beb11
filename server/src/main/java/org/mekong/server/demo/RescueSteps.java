package org.mekong.server.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** How the rescue story runs its steps: each may stop it with one line; work four at a time. */
final class RescueSteps {

  static final String MANIFESTS = "/api/v1/casework/manifests/";

  /** Stops the story: the step and why, printed as one line. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop(String line) {
      super(line, null, false, false);
    }
  }

  private RescueSteps() {}

  /** The manifest as {@code desk} sees it once it has arrived; a stop after the bounded wait. */
  static JsonNode arrived(RescueDesk desk, String id, String what, Duration wait) {
    return desk.await(MANIFESTS + id, m -> true, wait)
        .orElseThrow(
            () ->
                new Stop(
                    what
                        + " has not reached the node of "
                        + desk.agency()
                        + " within "
                        + wait.toSeconds()
                        + " s (manifests across nodes arrive once casework travels between"
                        + " nodes)"));
  }

  static long count(JsonNode manifest, String status) {
    return manifest.path("progress").path(status).asLong();
  }

  static Map<String, Integer> progress(JsonNode manifest) {
    Map<String, Integer> progress = new LinkedHashMap<>();
    manifest
        .path("progress")
        .properties()
        .forEach(e -> progress.put(e.getKey(), e.getValue().asInt()));
    return progress;
  }

  /** Runs {@code work} on each item, four at a time, the results in the items' order. */
  static <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one step; a failure stops the story with one line naming the step. */
  static <T> T step(String what, Supplier<T> step) {
    try {
      return step.get();
    } catch (Stop stop) {
      throw stop;
    } catch (RuntimeException e) {
      throw new Stop(what + " failed: " + e.getMessage());
    }
  }
}
