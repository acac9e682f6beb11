package org.mekong.core.stix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mekong.core.category.Category;
import org.mekong.core.input.JsonErrors;
import org.mekong.core.marking.Tlp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Imports other producers' STIX 2.1 indicators. Never throws for bad input.
 *
 * <p>An {@code indicator} is accepted when it is STIX 2.1 with a {@code stix} pattern of one
 * observation that compares one supported observable with {@code =}: {@code value} of {@code
 * domain-name}, {@code url}, {@code ipv4-addr}, {@code ipv6-addr}, {@code email-addr}, {@code
 * phone-number}, {@code cryptocurrency-wallet}, {@code imei}, {@code imsi}, {@code mobile-app};
 * {@code value} or {@code iban} of {@code bank-account}; or {@code account_login} AND {@code
 * account_type} of one {@code user-account}. The value must be a valid selector of that type.
 * Refused, with a reason: other spec versions, other pattern types, OR, several observations,
 * qualifiers, other operators, other observables, malformed timestamps or confidence, and a Mekong
 * extension that contradicts itself or the pattern.
 *
 * <p>Defaults, each noted on the result: no TLP marking gives TLP:AMBER; no confidence gives 50; no
 * Mekong category (from Mekong's extension, or labels that are category codes) gives {@code fraud},
 * unless every {@code indicator_types} entry is {@code benign}, which is refused. Objects of other
 * types are ignored.
 */
public final class StixImport {

  /** The TLP level given to an indicator without a TLP marking. */
  public static final Tlp DEFAULT_TLP = IndicatorReader.DEFAULT_TLP;

  /** The category given to an indicator without a Mekong category. */
  public static final Category DEFAULT_CATEGORY = IndicatorReader.DEFAULT_CATEGORY;

  /** The confidence given to an indicator without one. */
  public static final int DEFAULT_CONFIDENCE = IndicatorReader.DEFAULT_CONFIDENCE;

  private StixImport() {}

  /**
   * A STIX timestamp in UTC as Mekong writes them: milliseconds, or microseconds when they are not
   * a whole number of milliseconds.
   */
  public static String timestamp(java.time.Instant instant) {
    return Stix.timestamp(instant);
  }

  /** Imports one STIX object on its own: TLP markings are recognised by their standard ids. */
  public static Imported object(JsonNode object) {
    return IndicatorReader.read(object, new MarkingReader(Map.of()));
  }

  /**
   * Imports every object of a bundle, in order. Marking definitions in the bundle count when an
   * indicator refers to them (TLP markings under other ids, Mekong's handling markings).
   */
  public static BundleImport bundle(JsonNode bundle) {
    if (!bundle.isObject() || !Stix.text(bundle, "type").filter("bundle"::equals).isPresent()) {
      return new BundleImport.NotABundle("not a STIX bundle: its type is not 'bundle'");
    }
    Optional<String> id = Stix.text(bundle, "id").filter(i -> i.startsWith("bundle--"));
    if (id.isEmpty()) {
      return new BundleImport.NotABundle("the bundle has no id bundle--<uuid>");
    }
    JsonNode objects = bundle.path("objects");
    if (objects.isMissingNode()) {
      return new BundleImport.Read(id.get(), List.of());
    }
    if (!objects.isArray()) {
      return new BundleImport.NotABundle("the bundle's objects are not a list");
    }
    Map<String, JsonNode> definitions = new LinkedHashMap<>();
    for (JsonNode object : objects.values()) {
      if (Stix.text(object, "type").filter("marking-definition"::equals).isPresent()) {
        Stix.text(object, "id").ifPresent(ref -> definitions.putIfAbsent(ref, object));
      }
    }
    MarkingReader markings = new MarkingReader(definitions);
    List<Imported> results = new ArrayList<>();
    for (JsonNode object : objects.values()) {
      results.add(IndicatorReader.read(object, markings));
    }
    return new BundleImport.Read(id.get(), results);
  }

  /** Imports a bundle given as JSON text; text that is no JSON is no bundle. */
  public static BundleImport bundle(String json) {
    JsonNode node;
    try {
      node = Stix.MAPPER.readTree(json);
    } catch (JacksonException e) {
      return new BundleImport.NotABundle("not JSON: " + JsonErrors.describe(e));
    }
    return bundle(node);
  }

  /**
   * Why a text is not JSON, in words for the sender: where it broke, never the parser's message.
   */
}
