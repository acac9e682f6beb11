package org.mekong.server.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.server.casework.CaseLinks;
import org.mekong.server.indicator.IndicatorActions;
import org.mekong.server.indicator.IndicatorView;
import org.mekong.server.legal.LegalRecords;

/**
 * A neighbourhood of indicators for the network view: each indicator the viewer may see, its
 * selector, the agency that published it (unless the API withholds the originator from the viewer),
 * the agencies whose sightings the viewer may see, and the legal records the viewer may see that
 * link it, with the other indicators (and so selectors) and the sites those records link, and the
 * cases the viewer may read that published it as a recruiter's contact, with their sites and their
 * persons where the viewer sees the person's names (a withheld person has no node). Around a case:
 * the case, the recruiter indicators it published that the viewer may see (and their neighbourhood
 * as above) and the other cases the viewer may read at its sites. Built only from what the API's
 * services show the viewer, so it holds nothing the viewer may not see.
 */
record NetworkGraph(List<Node> nodes, List<Edge> edges) {

  /** How many legal records are followed from one indicator. */
  static final int RECORDS_PER_INDICATOR = 20;

  /** How the API names an originator it withholds. */
  static final String WITHHELD = "withheld";

  /** What a node stands for; the graph's legend and styles follow it. */
  enum Kind {
    SELECTOR,
    INDICATOR,
    AGENCY,
    RECORD,
    SITE,
    CASE,
    PERSON;

    String code() {
      return name().toLowerCase(Locale.ROOT);
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

  /**
   * An edge: {@code kind} is on (indicator → selector), published or sighted (agency → indicator),
   * links (record → indicator), names (record → site), reported (case → indicator), concerns (case
   * → person) or at (case → site).
   */
  record Edge(String id, String source, String target, String kind) {}

  /** Where the graph's facts come from, each already limited to what the viewer may see. */
  interface Sources {
    List<IndicatorActions.SightingEntry> sightings(IndicatorView indicator);

    List<LegalRecords.Linked> records(IndicatorView indicator);

    Optional<IndicatorView> indicator(String id);

    List<CaseLinks.Linked> cases(IndicatorView indicator);
  }

  NetworkGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The nodes of one kind, in the order they were added. */
  List<Node> of(Kind kind) {
    return nodes.stream().filter(n -> n.kind().equals(kind.code())).toList();
  }

  /** The graph around {@code indicators} (as the viewer sees them), one legal record deep. */
  static NetworkGraph of(List<IndicatorView> indicators, Sources sources) {
    Builder graph = new Builder(sources);
    indicators.forEach(graph::indicator);
    return around(indicators, graph);
  }

  /**
   * The graph around a case the viewer may read: its person, sites and the recruiter indicators it
   * published that the viewer may see (each with its neighbourhood), and {@code atSites}, the other
   * cases the viewer may read at its sites.
   */
  static NetworkGraph ofCase(
      CaseLinks.Linked root, List<CaseLinks.Linked> atSites, Sources sources) {
    Builder graph = new Builder(sources);
    graph.caseNode(root);
    List<IndicatorView> indicators = new ArrayList<>();
    for (String id : root.indicators()) {
      sources
          .indicator(id)
          .ifPresent(
              view -> {
                graph.indicator(view);
                graph.edge("case:" + root.id(), view.id(), "reported");
                indicators.add(view);
              });
    }
    atSites.forEach(graph::caseNode);
    return around(indicators, graph);
  }

  private static NetworkGraph around(List<IndicatorView> indicators, Builder graph) {
    Sources sources = graph.sources;
    for (IndicatorView indicator : indicators) {
      for (CaseLinks.Linked linked : sources.cases(indicator)) {
        graph.caseNode(linked);
        graph.edge("case:" + linked.id(), indicator.id(), "reported");
      }
      for (LegalRecords.Linked record : sources.records(indicator)) {
        String recordId = "record:" + record.id();
        graph.node(new Node(recordId, Kind.RECORD.code(), record.kind(), null, null, null, false));
        for (String linked : record.indicators()) {
          Optional<IndicatorView> seen =
              linked.equals(indicator.id()) ? Optional.of(indicator) : sources.indicator(linked);
          seen.ifPresent(
              view -> {
                graph.indicator(view);
                graph.edge(recordId, view.id(), "links");
              });
        }
        for (String site : record.sites()) {
          String siteId = "site:" + site;
          graph.node(new Node(siteId, Kind.SITE.code(), site, null, null, null, false));
          graph.edge(recordId, siteId, "names");
        }
      }
    }
    return new NetworkGraph(
        new ArrayList<>(graph.nodes.values()), new ArrayList<>(graph.edges.values()));
  }

  /** Collects nodes and edges once each, in the order they are met. */
  private static final class Builder {
    private final Sources sources;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();

    Builder(Sources sources) {
      this.sources = sources;
    }

    void node(Node node) {
      nodes.putIfAbsent(node.id(), node);
    }

    void edge(String source, String target, String kind) {
      String id = kind + ":" + source + ">" + target;
      edges.putIfAbsent(id, new Edge(id, source, target, kind));
    }

    void indicator(IndicatorView indicator) {
      if (nodes.containsKey(indicator.id())) {
        return;
      }
      IndicatorView.SelectorView selector = indicator.selector();
      String selectorId = "selector:" + selector.type() + ":" + selector.canonical();
      node(
          new Node(
              selectorId,
              Kind.SELECTOR.code(),
              selector.canonical(),
              selector.type(),
              null,
              null,
              false));
      node(
          new Node(
              indicator.id(),
              Kind.INDICATOR.code(),
              "TLP:" + indicator.tlp().toUpperCase(Locale.ROOT) + " v" + indicator.version(),
              String.join(", ", indicator.categories()),
              indicator.tlp(),
              "/console/indicators/" + indicator.id(),
              indicator.revoked()));
      edge(indicator.id(), selectorId, "on");
      if (!indicator.originator().equals(WITHHELD)) {
        agency(indicator.originator());
        edge("agency:" + indicator.originator(), indicator.id(), "published");
      }
      for (IndicatorActions.SightingEntry sighting : sources.sightings(indicator)) {
        if (!sighting.anonymous() && !sighting.reporter().equals(WITHHELD)) {
          agency(sighting.reporter());
          edge("agency:" + sighting.reporter(), indicator.id(), "sighted");
        }
      }
    }

    void caseNode(CaseLinks.Linked linked) {
      String id = "case:" + linked.id();
      if (nodes.containsKey(id)) {
        return;
      }
      node(
          new Node(
              id,
              Kind.CASE.code(),
              linked.state() + " · " + linked.openedBy(),
              linked.id(),
              null,
              "/console/cases/" + linked.id(),
              false));
      if (linked.person() != null) {
        String person = "person:" + linked.person();
        node(
            new Node(
                person,
                Kind.PERSON.code(),
                String.join(" · ", linked.names()),
                null,
                null,
                null,
                false));
        edge(id, person, "concerns");
      }
      for (CaseLinks.SiteRef site : linked.sites()) {
        String siteId = "site:" + site.name();
        node(new Node(siteId, Kind.SITE.code(), site.name(), null, null, null, false));
        edge(id, siteId, "at");
      }
    }

    private void agency(String agency) {
      node(new Node("agency:" + agency, Kind.AGENCY.code(), agency, null, null, null, false));
    }
  }
}
