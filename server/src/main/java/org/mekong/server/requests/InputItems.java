package org.mekong.server.requests;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.requests.CellSite;
import org.mekong.core.requests.Document;
import org.mekong.core.requests.PersonReference;
import org.mekong.core.requests.SatelliteTerminal;
import org.mekong.core.requests.Service;
import org.mekong.core.requests.Target;
import org.mekong.core.selector.IpAddress;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.server.requests.RequestInput.Doc;
import org.mekong.server.requests.RequestInput.Item;
import org.mekong.server.requests.RequestInput.Person;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;

/** The items of request bodies — selectors, targets, people, documents — read one by one. */
final class InputItems {

  private InputItems() {}

  static List<Target> targets(String field, @Nullable List<Item> items) {
    List<Target> targets = new ArrayList<>();
    List<Item> list = items == null ? List.of() : items;
    for (int i = 0; i < list.size(); i++) {
      Item item = element(field, list, i);
      String f = field + "[" + i + "]";
      String value = RequestInput.required(f + ".value", item.value());
      Target target =
          switch (item.type() == null ? "" : item.type()) {
            case "cell-site" ->
                CellSite.parse(value)
                    .orElseThrow(
                        () -> new BadRequestException(f + ".value", CellSite.SHAPE_DESCRIPTION));
            case "satellite-terminal" ->
                SatelliteTerminal.parse(value)
                    .orElseThrow(
                        () ->
                            new BadRequestException(
                                f + ".value", SatelliteTerminal.SHAPE_DESCRIPTION));
            default -> new Target.OfSelector(selector(f, item));
          };
      targets.add(target);
    }
    return targets;
  }

  static Document document(Doc d) {
    URI url = null;
    if (d.url() != null) {
      try {
        url = new URI(d.url());
      } catch (java.net.URISyntaxException e) {
        throw new InvalidInputException("url", "is not a URL");
      }
    }
    return new Document(orEmpty(d.title()), d.text(), url);
  }

  static PersonReference person(String field, Person p) {
    LocalDate birth = null;
    if (p.birthDate() != null) {
      try {
        birth = LocalDate.parse(p.birthDate());
      } catch (DateTimeParseException e) {
        throw new BadRequestException(field + ".birthDate", "is not a date YYYY-MM-DD");
      }
    }
    CountryCode nationality = null;
    if (p.nationality() != null) {
      if (!CountryCode.isValid(p.nationality())) {
        throw new BadRequestException(
            field + ".nationality", "is not an ISO 3166-1 alpha-2 country code such as TH");
      }
      nationality = new CountryCode(p.nationality());
    }
    LocalDate born = birth;
    CountryCode country = nationality;
    return RequestInput.within(
        field + ".",
        () ->
            new PersonReference(
                orEmpty(p.name()), born, country, p.documentNumber(), p.reference()));
  }

  static Set<Service> services(@Nullable List<String> codes) {
    Set<Service> services = EnumSet.noneOf(Service.class);
    List<String> list = codes == null ? List.of() : codes;
    for (int i = 0; i < list.size(); i++) {
      String code = element("payload.services", list, i);
      services.add(
          Service.fromCode(code)
              .orElseThrow(
                  () ->
                      new BadRequestException(
                          "payload.services", "must be power, internet, mobile or fuel")));
    }
    return services;
  }

  static Optional<IpAddress> ipRange(String value) {
    return Selectors.parse(value, SelectorType.IP, null) instanceof Parsed.Valid v
            && v.selector() instanceof IpAddress ip
        ? Optional.of(ip)
        : Optional.empty();
  }

  static <T> List<T> each(
      String field,
      @Nullable List<String> values,
      Function<String, Optional<T>> parse,
      String problem) {
    List<T> parsed = new ArrayList<>();
    List<String> list = values == null ? List.of() : values;
    for (int i = 0; i < list.size(); i++) {
      String value = element(field, list, i);
      int index = i;
      parsed.add(
          parse
              .apply(value)
              .orElseThrow(() -> new BadRequestException(field + "[" + index + "]", problem)));
    }
    return parsed;
  }

  static List<Selector> selectors(String field, @Nullable List<Item> items) {
    List<Selector> selectors = new ArrayList<>();
    List<Item> list = items == null ? List.of() : items;
    for (int i = 0; i < list.size(); i++) {
      selectors.add(selector(field + "[" + i + "]", element(field, list, i)));
    }
    return selectors;
  }

  static Selector selector(String field, Item item) {
    String value = RequestInput.required(field + ".value", item.value());
    SelectorType type = null;
    String code = item.type();
    if (code != null) {
      type =
          SelectorType.fromCode(code)
              .orElseThrow(
                  () ->
                      new BadRequestException(
                          field + ".type",
                          "is not a selector type: '" + Parameters.shown(code) + "'"));
    }
    String region = item.region();
    if (region != null && !CountryCode.isValid(region)) {
      throw new BadRequestException(field + ".region", "is not an ISO 3166-1 alpha-2 code");
    }
    return switch (Selectors.parse(value, type, region)) {
      case Parsed.Valid v -> v.selector();
      case Parsed.Invalid invalid -> throw new BadRequestException(field, invalid.reason());
      case Parsed.Ambiguous ambiguous -> throw new BadRequestException(field, ambiguous.reason());
    };
  }

  static <T> T element(String field, List<T> list, int i) {
    T value = list.get(i);
    if (value == null) {
      throw new BadRequestException(field + "[" + i + "]", "is null");
    }
    return value;
  }

  static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
