package org.mekong.core.marking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Traffic Light Protocol 2.0 level, ordered from the least to the most strict, with its STIX 2.1
 * marking-definition ids.
 */
public enum Tlp {
  CLEAR(
      "clear",
      "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
      "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"),
  GREEN(
      "green",
      "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
      "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
  AMBER(
      "amber",
      "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
      "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"),
  AMBER_STRICT("amber+strict", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", null),
  RED(
      "red",
      "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
      "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed");

  /** The TLP 1.0 code that TLP 2.0 renamed to {@code clear}. */
  private static final String LEGACY_WHITE = "white";

  private static final Tlp[] VALUES = values();

  private final String code;
  private final String markingDefinitionId;
  private final Optional<String> legacyMarkingDefinitionId;

  Tlp(String code, String markingDefinitionId, @Nullable String legacy) {
    this.code = code;
    this.markingDefinitionId = markingDefinitionId;
    this.legacyMarkingDefinitionId = Optional.ofNullable(legacy);
  }

  /** The stable lower-case TLP 2.0 code, e.g. {@code amber+strict}. */
  public String code() {
    return code;
  }

  /** The label as TLP 2.0 writes it, e.g. {@code TLP:AMBER+STRICT}. */
  public String label() {
    return "TLP:" + code.toUpperCase(Locale.ROOT);
  }

  /** The id of the TLP 2.0 marking-definition object published for STIX 2.1. */
  public String markingDefinitionId() {
    return markingDefinitionId;
  }

  /**
   * The id of the TLP 1.0 marking-definition that STIX 2.1 predefines for this level, accepted on
   * input only; empty for {@link #AMBER_STRICT}, which TLP 1.0 does not have.
   */
  public Optional<String> legacyMarkingDefinitionId() {
    return legacyMarkingDefinitionId;
  }

  /** Whether this level restricts more than {@code other}. */
  public boolean isStricterThan(Tlp other) {
    return compareTo(other) > 0;
  }

  /** Whether this level restricts at least as much as {@code other}. */
  public boolean isAtLeastAsStrictAs(Tlp other) {
    return compareTo(other) >= 0;
  }

  /** The stricter of two levels. */
  public static Tlp stricter(Tlp a, Tlp b) {
    return a.isStricterThan(b) ? a : b;
  }

  /**
   * The level with this TLP 2.0 code; the TLP 1.0 code {@code white} is read as {@link #CLEAR}.
   * Codes are matched exactly (lower case, without the {@code TLP:} prefix).
   */
  public static Optional<Tlp> fromCode(String code) {
    if (code.equals(LEGACY_WHITE)) {
      return Optional.of(CLEAR);
    }
    for (Tlp tlp : VALUES) {
      if (tlp.code.equals(code)) {
        return Optional.of(tlp);
      }
    }
    return Optional.empty();
  }

  /**
   * The level of a TLP 2.0 marking-definition id, or of a TLP 1.0 one (white, green, amber, red)
   * for legacy input; empty for any other id.
   */
  public static Optional<Tlp> fromMarkingDefinitionId(String id) {
    return Arrays.stream(values())
        .filter(
            tlp ->
                tlp.markingDefinitionId.equals(id)
                    || tlp.legacyMarkingDefinitionId.filter(id::equals).isPresent())
        .findFirst();
  }
}
