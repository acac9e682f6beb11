package org.mekong.server.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mekong.server.indicator.IndicatorActions;
import org.mekong.server.indicator.IndicatorView;

/**
 * A neighbourhood of indicators for the network view: each indicator the viewer may see, its
 * selector, the agency that published it (unless the API withholds the originator from the viewer)
 * and the agencies whose sightings the viewer may see. Built only from what the API's services show
 * the viewer, so it can hold nothing the viewer may not see.
 */
record NetworkGraph(List<Node> nodes, List<Edge> edges) {

  /** What a node stands for; the graph's legend and styles follow it. */
  enum Kind {
    SELECTOR,
    INDICATOR,
    AGENCY;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A node: {@code href} is the console page about it, where there is one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Node(
      String id,
      String kind,
      String label,
      @Nullable String detail,
      @Nullable String tlp,
      @Nullable String href,
      boolean revoked) {}

  /** An edge: {@code kind} is on (indicator → selector), published or sighted (agency →). */
  record Edge(String id, String source, String target, String kind) {}

  NetworkGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The nodes of one kind, in the order they were added. */
  List<Node> of(Kind kind) {
    return nodes.stream().filter(n -> n.kind().equals(kind.code())).toList();
  }

  /**
   * The graph of {@code indicators} (as the viewer sees them), with the sightings the viewer may
   * see of each.
   */
  static NetworkGraph of(
      List<IndicatorView> indicators,
      Function<IndicatorView, List<IndicatorActions.SightingEntry>> sightings) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, Edge> edges = new LinkedHashMap<>();
    for (IndicatorView indicator : indicators) {
      IndicatorView.SelectorView selector = indicator.selector();
      String selectorId = "selector:" + selector.type() + ":" + selector.canonical();
      nodes.putIfAbsent(
          selectorId,
          new Node(
              selectorId,
              Kind.SELECTOR.code(),
              selector.canonical(),
              selector.type(),
              null,
              null,
              false));
      nodes.putIfAbsent(
          indicator.id(),
          new Node(
              indicator.id(),
              Kind.INDICATOR.code(),
              "TLP:"
                  + indicator.tlp().toUpperCase(java.util.Locale.ROOT)
                  + " v"
                  + indicator.version(),
              String.join(", ", indicator.categories()),
              indicator.tlp(),
              "/console/indicators/" + indicator.id(),
              indicator.revoked()));
      edge(edges, indicator.id(), selectorId, "on");
      if (!indicator.originator().equals(WITHHELD)) {
        agency(nodes, indicator.originator());
        edge(edges, "agency:" + indicator.originator(), indicator.id(), "published");
      }
      for (IndicatorActions.SightingEntry sighting : sightings.apply(indicator)) {
        if (!sighting.anonymous() && !sighting.reporter().equals(WITHHELD)) {
          agency(nodes, sighting.reporter());
          edge(edges, "agency:" + sighting.reporter(), indicator.id(), "sighted");
        }
      }
    }
    return new NetworkGraph(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
  }

  /** How the API names an originator it withholds. */
  static final String WITHHELD = "withheld";

  private static void agency(Map<String, Node> nodes, String agency) {
    nodes.putIfAbsent(
        "agency:" + agency,
        new Node("agency:" + agency, Kind.AGENCY.code(), agency, null, null, null, false));
  }

  private static void edge(Map<String, Edge> edges, String source, String target, String kind) {
    String id = kind + ":" + source + ">" + target;
    edges.putIfAbsent(id, new Edge(id, source, target, kind));
  }
}
