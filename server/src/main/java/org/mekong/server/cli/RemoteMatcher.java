package org.mekong.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.bulk.BulkMatch;
import org.mekong.core.screening.bulk.BulkMatcher;
import org.mekong.core.selector.Selector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link BulkMatcher} that asks a node: the canonical form and type of locally parsed selectors,
 * up to {@link #BATCH} a request, to {@code POST /api/v1/screen}, whose results come back in input
 * order. A verdict other than {@code hit} gives no matches.
 */
final class RemoteMatcher implements BulkMatcher {

  static final int BATCH = 10_000;
  static final String PATH = "/api/v1/screen";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final NodeClient node;

  RemoteMatcher(NodeClient node) {
    this.node = node;
  }

  @Override
  public List<BulkMatch> match(Selector selector) {
    return matchAll(List.of(selector)).get(0);
  }

  @Override
  public List<List<BulkMatch>> matchAll(List<Selector> selectors) {
    List<List<BulkMatch>> results = new ArrayList<>(selectors.size());
    for (int from = 0; from < selectors.size(); from += BATCH) {
      List<Selector> batch = selectors.subList(from, Math.min(selectors.size(), from + BATCH));
      results.addAll(ask(batch));
    }
    return results;
  }

  private List<List<BulkMatch>> ask(List<Selector> batch) {
    ObjectNode request = JSON.createObjectNode();
    ArrayNode items = request.putArray("items");
    for (Selector selector : batch) {
      items.addObject().put("type", selector.type().code()).put("value", selector.canonical());
    }
    JsonNode response = JSON.readTree(node.post(PATH, JSON.writeValueAsString(request)));
    JsonNode results = response.path("results");
    if (!results.isArray() || results.size() != batch.size()) {
      throw new CommandFailedException(
          "the node answered "
              + (results.isArray() ? results.size() + " results" : "no results")
              + " for "
              + batch.size()
              + " items");
    }
    List<List<BulkMatch>> answers = new ArrayList<>(batch.size());
    for (JsonNode result : results) {
      List<BulkMatch> matches = new ArrayList<>();
      if ("hit".equals(result.path("verdict").asString(""))) {
        for (JsonNode m : result.path("matches")) {
          matches.add(match(m));
        }
      }
      answers.add(List.copyOf(matches));
    }
    return answers;
  }

  /** A match object of the node's screening answers ({@code POST /api/v1/screen} and hashed). */
  static BulkMatch match(JsonNode m) {
    try {
      List<String> categories = new ArrayList<>();
      m.path("categories").forEach(c -> categories.add(c.asString()));
      return new BulkMatch(
          new IndicatorId(m.path("indicator").asString("")),
          categories,
          m.path("confidence").asInt(-1),
          m.path("tlp").asString(""),
          m.path("originator").asString(""),
          MatchKind.valueOf(m.path("match").asString("").toUpperCase(Locale.ROOT)),
          m.path("matched").asString(""));
    } catch (IllegalArgumentException e) {
      throw new CommandFailedException(
          "the node answered a match this version cannot read: " + m, e);
    }
  }
}
