package org.mekong.core.stix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/** Turns the terms of an imported pattern into a selector, or the reason it names none. */
final class ObservableReader {

  /** Observable type → the selector type it carries and the properties that name it. */
  private static final Map<String, Target> TARGETS = targets();

  private record Target(SelectorType type, List<String> properties) {}

  private ObservableReader() {}

  static Parsed selector(String pattern) {
    return switch (PatternReader.read(pattern)) {
      case PatternReader.Unreadable unreadable -> new Parsed.Invalid(unreadable.reason());
      case PatternReader.Terms terms -> selector(terms.terms());
    };
  }

  private static Parsed selector(List<PatternReader.Term> terms) {
    List<String> types = new ArrayList<>();
    List<PatternReader.Comparison> comparisons = new ArrayList<>();
    for (PatternReader.Term term : terms) {
      String type;
      switch (term) {
        case PatternReader.Malformed malformed -> {
          return new Parsed.Invalid(malformed.reason());
        }
        case PatternReader.Comparison comparison -> {
          comparisons.add(comparison);
          type = comparison.objectType();
        }
        case PatternReader.OtherTest other -> type = other.objectType();
      }
      if (!types.contains(type)) {
        types.add(type);
      }
    }
    for (String type : types) {
      if (!TARGETS.containsKey(type)) {
        return new Parsed.Invalid(
            "unsupported observable type '"
                + type
                + "'; Mekong imports "
                + String.join(", ", TARGETS.keySet()));
      }
    }
    if (types.size() > 1) {
      return new Parsed.Invalid(
          "the pattern compares "
              + types.size()
              + " observables ("
              + String.join(", ", types)
              + "); only single-observable patterns are imported");
    }
    for (PatternReader.Term term : terms) {
      if (term instanceof PatternReader.OtherTest other) {
        return new Parsed.Invalid(
            other.what() + " is not supported; only '=' comparisons of strings are imported");
      }
    }
    String type = types.getFirst();
    Target target = Objects.requireNonNull(TARGETS.get(type), type);
    Map<String, String> values = new LinkedHashMap<>();
    for (PatternReader.Comparison comparison : comparisons) {
      if (!target.properties().contains(comparison.property())) {
        return new Parsed.Invalid(
            "property '"
                + comparison.property()
                + "' of "
                + type
                + " is not imported; compare "
                + String.join(" and ", target.properties()));
      }
      if (values.put(comparison.property(), comparison.value()) != null) {
        return new Parsed.Invalid(
            "the pattern compares " + type + ":" + comparison.property() + " twice");
      }
    }
    return target.type() == SelectorType.SOCIAL ? social(values) : single(type, target, values);
  }

  private static Parsed social(Map<String, String> values) {
    String login = values.get("account_login");
    String platform = values.get("account_type");
    if (login == null || platform == null) {
      return new Parsed.Invalid(
          "a user-account pattern compares both account_login and account_type (the platform)");
    }
    String code = platform.strip().toLowerCase(Locale.ROOT);
    Parsed parsed = Selectors.social(code.equals("twitter") ? "x" : code, login, null);
    return parsed instanceof Parsed.Invalid invalid
        ? new Parsed.Invalid(
            "'" + platform + ":" + login + "' is not a valid social account: " + invalid.reason())
        : parsed;
  }

  private static Parsed single(String type, Target target, Map<String, String> values) {
    if (values.size() != 1) {
      return new Parsed.Invalid(
          "the pattern tests "
              + values.size()
              + " properties of "
              + type
              + "; only one comparison is imported");
    }
    String value = values.values().iterator().next();
    Parsed parsed = Selectors.parse(value, target.type(), null);
    return switch (parsed) {
      case Parsed.Invalid invalid ->
          new Parsed.Invalid(
              "'" + value + "' is not a valid " + target.type().code() + ": " + invalid.reason());
      case Parsed.Ambiguous ambiguous -> new Parsed.Invalid(ambiguous.reason());
      case Parsed.Valid valid ->
          valid.selector().stixType().equals(type)
              ? valid
              : new Parsed.Invalid(
                  "'"
                      + value
                      + "' is compared as "
                      + type
                      + " but is "
                      + valid.selector().stixType());
    };
  }

  private static Map<String, Target> targets() {
    Map<String, Target> targets = new LinkedHashMap<>();
    for (SelectorType type : SelectorType.values()) {
      switch (type) {
        case PHONE, WALLET, DOMAIN, URL, IMEI, IMSI, EMAIL, APP ->
            targets.put(type.stixType(), new Target(type, List.of("value")));
        case BANK_ACCOUNT ->
            targets.put(type.stixType(), new Target(type, List.of("value", "iban")));
        case IP -> {
          targets.put("ipv4-addr", new Target(type, List.of("value")));
          targets.put("ipv6-addr", new Target(type, List.of("value")));
        }
        case SOCIAL ->
            targets.put(
                type.stixType(), new Target(type, List.of("account_login", "account_type")));
      }
    }
    return Collections.unmodifiableMap(targets);
  }
}
