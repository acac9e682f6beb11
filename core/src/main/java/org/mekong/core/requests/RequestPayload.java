package org.mekong.core.requests;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.selector.IpAddress;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/** What a request of each {@link RequestKind} asks for; each record checks itself. */
public sealed interface RequestPayload {

  /** A request for information: a question, optionally about selectors. */
  record Information(String question, List<Selector> selectors) implements RequestPayload {
    public Information {
      question = Checks.text("payload.question", question, Checks.MAX_TEXT);
      selectors = Checks.list("payload.selectors", selectors, false);
    }
  }

  /** Freeze or stop payments on bank accounts or wallets. */
  record Freeze(List<Selector> accounts) implements RequestPayload {
    public Freeze {
      accounts =
          Checks.selectors(
              "payload.accounts",
              accounts,
              EnumSet.of(SelectorType.BANK_ACCOUNT, SelectorType.WALLET),
              true);
    }
  }

  /** Suspend phone numbers, SIMs (IMSI) or handsets (IMEI). */
  record Suspension(List<Selector> numbers) implements RequestPayload {
    public Suspension {
      numbers =
          Checks.selectors(
              "payload.numbers",
              numbers,
              EnumSet.of(SelectorType.PHONE, SelectorType.IMSI, SelectorType.IMEI),
              true);
    }
  }

  /** Take down domains, URLs, apps or social accounts. */
  record Takedown(List<Selector> items) implements RequestPayload {
    public Takedown {
      items =
          Checks.selectors(
              "payload.items",
              items,
              EnumSet.of(
                  SelectorType.DOMAIN, SelectorType.URL, SelectorType.APP, SelectorType.SOCIAL),
              true);
    }
  }

  /**
   * Cut services to an area (a compound): which services, and the cell sites, IP ranges and
   * satellite terminals that serve it; at least one of those three is listed.
   */
  record CutService(
      String area,
      Set<Service> services,
      List<CellSite> cellSites,
      List<IpAddress> ipRanges,
      List<SatelliteTerminal> satelliteTerminals)
      implements RequestPayload {
    public CutService {
      area = Checks.text("payload.area", area, 500);
      if (services.isEmpty()) {
        throw new InvalidInputException("payload.services", "must name at least one service");
      }
      services = Set.copyOf(services);
      cellSites = Checks.list("payload.cellSites", cellSites, false);
      ipRanges = Checks.list("payload.ipRanges", ipRanges, false);
      satelliteTerminals = Checks.list("payload.satelliteTerminals", satelliteTerminals, false);
      if (cellSites.isEmpty() && ipRanges.isEmpty() && satelliteTerminals.isEmpty()) {
        throw new InvalidInputException(
            "payload.cellSites",
            "or ipRanges or satelliteTerminals must list what serves the area");
      }
    }
  }

  /** Preserve the data held on selectors, described in words. */
  record Preservation(List<Selector> selectors, String data) implements RequestPayload {
    public Preservation {
      selectors = Checks.list("payload.selectors", selectors, true);
      data = Checks.text("payload.data", data, Checks.MAX_TEXT);
    }
  }

  /** Hand over a person, at a place (e.g. the Second Friendship Bridge). */
  record Handover(PersonReference person, String place) implements RequestPayload {
    public Handover {
      requireNonNull(person, "person");
      place = Checks.text("payload.place", place, 500);
    }
  }

  /** The kind of request this payload belongs to. */
  default RequestKind kind() {
    return switch (this) {
      case Information i -> RequestKind.INFORMATION;
      case Freeze f -> RequestKind.FREEZE;
      case Suspension s -> RequestKind.SUSPENSION;
      case Takedown t -> RequestKind.TAKEDOWN;
      case CutService c -> RequestKind.CUT_SERVICE;
      case Preservation p -> RequestKind.PRESERVATION;
      case Handover h -> RequestKind.HANDOVER;
    };
  }

  /** The items the recipient is asked to act on, which an execution report may name. */
  default List<Target> targets() {
    return switch (this) {
      case Information i -> List.of();
      case Freeze f -> selectors(f.accounts());
      case Suspension s -> selectors(s.numbers());
      case Takedown t -> selectors(t.items());
      case CutService c -> {
        List<Target> all = new ArrayList<>(c.cellSites());
        all.addAll(selectors(List.copyOf(c.ipRanges())));
        all.addAll(c.satelliteTerminals());
        yield List.copyOf(all);
      }
      case Preservation p -> selectors(p.selectors());
      case Handover h -> List.of();
    };
  }

  private static List<Target> selectors(List<? extends Selector> selectors) {
    return selectors.stream().<Target>map(Target.OfSelector::new).toList();
  }
}
