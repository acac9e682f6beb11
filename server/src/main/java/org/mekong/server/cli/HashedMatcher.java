package org.mekong.server.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.bulk.BulkMatch;
import org.mekong.core.screening.bulk.BulkMatcher;
import org.mekong.core.screening.hashed.HashedQuery;
import org.mekong.core.screening.hashed.HashedScreener;
import org.mekong.core.screening.hashed.HashedScreening;
import org.mekong.core.screening.hashed.KeyedHash;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Privacy-preserving bulk screening: each field is hashed with the client's key and looked up in
 * the hashed export; only candidates go to the node ({@code POST /api/v1/screen/hashed}), at most
 * once each, and only what the node confirms becomes a hit. The node never sees the rest of the
 * traffic; the client learns of an indicator only by asking about a selector it holds.
 */
final class HashedMatcher implements BulkMatcher {

  static final String PATH = "/api/v1/screen/hashed";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HashedScreener screener;
  private final NodeClient node;
  private final Map<Long, List<BulkMatch>> confirmed = new ConcurrentHashMap<>();

  HashedMatcher(HashedScreener screener, NodeClient node) {
    this.screener = screener;
    this.node = node;
  }

  /** How many distinct candidates were sent to the node. */
  int candidatesAsked() {
    return confirmed.size();
  }

  @Override
  public List<BulkMatch> match(Selector selector) {
    return matchAll(List.of(selector)).get(0);
  }

  @Override
  public List<List<BulkMatch>> matchAll(List<Selector> selectors) {
    List<HashedScreening> screenings = new ArrayList<>(selectors.size());
    Set<Long> unknown = new LinkedHashSet<>();
    for (Selector selector : selectors) {
      HashedScreening screening = screener.screen(selector);
      screenings.add(screening);
      for (HashedScreening.Probe probe : screening.candidates()) {
        if (!confirmed.containsKey(probe.hash())) {
          unknown.add(probe.hash());
        }
      }
    }
    if (!unknown.isEmpty()) {
      confirm(List.copyOf(unknown));
    }
    List<List<BulkMatch>> results = new ArrayList<>(selectors.size());
    for (HashedScreening screening : screenings) {
      List<BulkMatch> matches = new ArrayList<>();
      for (HashedScreening.Probe probe : screening.candidates()) {
        for (BulkMatch match : confirmed.getOrDefault(probe.hash(), List.of())) {
          matches.add(withKind(match, kind(screening.selector(), probe)));
        }
      }
      results.add(List.copyOf(matches));
    }
    return results;
  }

  private void confirm(List<Long> hashes) {
    for (HashedQuery query : HashedQuery.batches(screener.keyVersion(), hashes)) {
      ObjectNode request = JSON.createObjectNode();
      request.put("keyVersion", query.keyVersion());
      var array = request.putArray("hashes");
      query.hashes().forEach(hash -> array.add(KeyedHash.toHex(hash)));
      JsonNode response =
          JSON.readTree(node.postPatiently(PATH, JSON.writeValueAsString(request), 30));
      Map<Long, List<BulkMatch>> answers = new LinkedHashMap<>();
      for (JsonNode result : response.path("results")) {
        List<BulkMatch> matches = new ArrayList<>();
        for (JsonNode m : result.path("matches")) {
          matches.add(RemoteMatcher.match(m));
        }
        answers.put(parse(result.path("hash").asString("")), List.copyOf(matches));
      }
      for (long hash : query.hashes()) {
        confirmed.put(hash, answers.getOrDefault(hash, List.of()));
      }
    }
  }

  private static MatchKind kind(Selector selector, HashedScreening.Probe probe) {
    if (probe.type() == selector.type() && probe.canonical().equals(selector.canonical())) {
      return MatchKind.EXACT;
    }
    return selector.type() == SelectorType.URL ? MatchKind.URL_HOST : MatchKind.PARENT_DOMAIN;
  }

  private static BulkMatch withKind(BulkMatch match, MatchKind kind) {
    return new BulkMatch(
        match.indicator(),
        match.categories(),
        match.confidence(),
        match.tlp(),
        match.originator(),
        kind,
        match.matched());
  }

  private static long parse(String hex) {
    return switch (KeyedHash.parseHex(hex)) {
      case org.mekong.core.screening.hashed.ParsedHash.Valid valid -> valid.hash();
      case org.mekong.core.screening.hashed.ParsedHash.Invalid invalid ->
          throw new CommandFailedException("the node answered a malformed hash: " + hex);
    };
  }
}
