package org.mekong.server.indicator;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.indicator.SightingCounts;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.core.sharing.SharedObject;
import org.mekong.server.sharing.NodeAccess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How indicators map to and from rows of {@code indicator} and {@code indicator_version}. */
final class IndicatorRows {

  /**
   * Selectors restored from the canonical keys of rows read recently. Parsing a phone number again
   * (libphonenumber) is the costliest part of reading a row, and the same rows are read again and
   * again: by each partner's pulls, TAXII readers, the watch list. Selectors are immutable values.
   */
  private static final Cache<String, Selector> RESTORED =
      CacheBuilder.newBuilder().maximumSize(100_000).build();

  /**
   * The columns of a version, in the order of {@link #rowValues}: read, inserted, updated and
   * copied alike ({@link IndicatorColumn#WRITTEN}).
   */
  static final String COLUMNS = IndicatorColumn.names(IndicatorColumn.WRITTEN);

  /** The values of an indicator's row for {@link #COLUMNS}, external references as JSON. */
  @SuppressWarnings("NullAway") // a description or a valid_until may be absent: SQL NULL
  static Object[] rowValues(Indicator indicator, long changeSeq) {
    List<IndicatorColumn> columns = IndicatorColumn.WRITTEN;
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(columns.get(i), indicator, changeSeq);
    }
    return values;
  }

  private static @Nullable Object value(IndicatorColumn column, Indicator indicator, long seq) {
    return switch (column) {
      case ID -> indicator.id().value();
      case VERSION -> indicator.version();
      case SELECTOR_TYPE -> indicator.selector().type().code();
      case SELECTOR_KEY -> indicator.selector().canonical();
      case SELECTOR_ID -> indicator.selector().id().value();
      case CATEGORIES -> categoryCodes(indicator.categories());
      case CONFIDENCE -> indicator.confidence();
      case TLP -> indicator.marking().tlp().code();
      case HANDLING -> handlingCodes(indicator.marking());
      case RESTRICTIONS -> restrictions(indicator.marking());
      case EVALUATION -> indicator.marking().evaluation().code();
      case RECIPIENTS -> recipients(indicator.marking());
      case ORIGINATOR -> indicator.originator().value();
      case DESCRIPTION -> indicator.description();
      case EXTERNAL_REFS -> referencesJson(indicator.externalReferences());
      case VALID_FROM -> Timestamp.from(indicator.validFrom());
      case VALID_UNTIL -> timestamp(indicator.validUntil());
      case REVOKED -> indicator.revoked();
      case CREATED -> Timestamp.from(indicator.created());
      case MODIFIED -> Timestamp.from(indicator.modified());
      case CHANGE_SEQ -> seq;
      case SEEN,
          FALSE_POSITIVE,
          TRUE_POSITIVE,
          EXPIRED,
          LAST_SIGHTED,
          DATE_ADDED,
          ORIGIN_NODE,
          RECEIVED_FROM,
          RECEIVED_BY ->
          throw new IllegalArgumentException(column + " is not a column of a published version");
    };
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A string array as a JSON array text. */
  static final java.util.function.Function<String[], String> JSON_ARRAY =
      values -> {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) {
          array.add(value);
        }
        return JSON.writeValueAsString(array);
      };

  private IndicatorRows() {}

  /** JSON text in one canonical spelling, to compare what was stored with what is asked. */
  static String normaliseJson(String json) {
    if (json.equals("[]")) {
      return json;
    }
    return SORTED.writeValueAsString(SORTED.readValue(json, Object.class));
  }

  private static final JsonMapper SORTED =
      JsonMapper.builder()
          .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  static Indicator indicator(ResultSet rs) throws SQLException {
    SelectorType type =
        SelectorType.fromCode(rs.getString(IndicatorColumn.SELECTOR_TYPE.sql())).orElseThrow();
    return new Indicator(
        new IndicatorId(rs.getString(IndicatorColumn.ID.sql())),
        restore(type, rs.getString(IndicatorColumn.SELECTOR_KEY.sql())),
        categories(strings(rs.getArray(IndicatorColumn.CATEGORIES.sql()))),
        rs.getInt(IndicatorColumn.CONFIDENCE.sql()),
        marking(rs),
        new AgencyId(rs.getString(IndicatorColumn.ORIGINATOR.sql())),
        instant(rs.getTimestamp(IndicatorColumn.VALID_FROM.sql())),
        nullableInstant(rs.getTimestamp(IndicatorColumn.VALID_UNTIL.sql())),
        rs.getString(IndicatorColumn.DESCRIPTION.sql()),
        references(rs.getString(IndicatorColumn.EXTERNAL_REFS.sql())),
        instant(rs.getTimestamp(IndicatorColumn.CREATED.sql())),
        instant(rs.getTimestamp(IndicatorColumn.MODIFIED.sql())),
        rs.getInt(IndicatorColumn.VERSION.sql()),
        rs.getBoolean(IndicatorColumn.REVOKED.sql()));
  }

  static StoredIndicator stored(ResultSet rs) throws SQLException {
    Set<AgencyId> receivedBy = new LinkedHashSet<>();
    for (String agency : strings(rs.getArray(IndicatorColumn.RECEIVED_BY.sql()))) {
      receivedBy.add(new AgencyId(agency));
    }
    String originNode = rs.getString(IndicatorColumn.ORIGIN_NODE.sql());
    String receivedFrom = rs.getString(IndicatorColumn.RECEIVED_FROM.sql());
    return new StoredIndicator(
        indicator(rs),
        new SightingCounts(
            rs.getLong(IndicatorColumn.SEEN.sql()),
            rs.getLong(IndicatorColumn.FALSE_POSITIVE.sql()),
            rs.getLong(IndicatorColumn.TRUE_POSITIVE.sql()),
            rs.getLong(IndicatorColumn.EXPIRED.sql())),
        nullableInstant(rs.getTimestamp(IndicatorColumn.LAST_SIGHTED.sql())),
        rs.getLong(IndicatorColumn.CHANGE_SEQ.sql()),
        receivedBy,
        originNode == null || receivedFrom == null
            ? null
            : new StoredIndicator.Provenance(originNode, receivedFrom));
  }

  /**
   * What the sharing policy decides on for a version on this node: the local agencies that received
   * it from a partner count as named recipients of TLP:AMBER, AMBER+STRICT and RED (CLEAR and GREEN
   * name nobody).
   */
  static SharedObject shared(Indicator indicator, Set<AgencyId> receivedBy) {
    return withReceivers(
        indicator.originator(), indicator.marking(), indicator.categories(), receivedBy);
  }

  private static SharedObject withReceivers(
      AgencyId originator, Marking marking, Set<Category> categories, Set<AgencyId> receivedBy) {
    return NodeAccess.shared(originator, marking, categories, receivedBy);
  }

  /** A stored canonical key back to its selector; canonical keys parse to themselves. */
  static Selector restore(SelectorType type, String canonical) {
    String key = type.code() + ' ' + canonical;
    Selector restored = RESTORED.getIfPresent(key);
    if (restored == null) {
      restored = parseStored(type, canonical);
      RESTORED.put(key, restored);
    }
    return restored;
  }

  private static Selector parseStored(SelectorType type, String canonical) {
    return switch (Selectors.parse(canonical, type, null)) {
      case Parsed.Valid valid -> valid.selector();
      case Parsed.Invalid invalid ->
          throw new IllegalStateException(
              "stored "
                  + type.code()
                  + " '"
                  + canonical
                  + "' no longer parses: "
                  + invalid.reason());
      case Parsed.Ambiguous ambiguous ->
          throw new IllegalStateException("stored selector is ambiguous: " + canonical);
    };
  }

  /**
   * What the sharing policy needs about a version, from columns named with {@code prefix} (e.g.
   * {@code "cur_tlp"}), without restoring its selector.
   */
  static SharedObject shared(ResultSet rs, String prefix, Set<AgencyId> receivedBy)
      throws SQLException {
    return withReceivers(
        new AgencyId(rs.getString(prefix + IndicatorColumn.ORIGINATOR.sql())),
        marking(rs, prefix),
        categories(strings(rs.getArray(prefix + IndicatorColumn.CATEGORIES.sql()))),
        receivedBy);
  }

  /** The agency ids of a text array column. */
  static Set<AgencyId> agencies(ResultSet rs, String column) throws SQLException {
    Set<AgencyId> agencies = new LinkedHashSet<>();
    for (String agency : strings(rs.getArray(column))) {
      agencies.add(new AgencyId(agency));
    }
    return agencies;
  }

  private static Marking marking(ResultSet rs) throws SQLException {
    return marking(rs, "");
  }

  private static Marking marking(ResultSet rs, String prefix) throws SQLException {
    Tlp tlp = Tlp.fromCode(rs.getString(prefix + IndicatorColumn.TLP.sql())).orElseThrow();
    List<String> restrictions =
        new ArrayList<>(
            Arrays.asList(strings(rs.getArray(prefix + IndicatorColumn.RESTRICTIONS.sql()))));
    List<HandlingCode> codes = new ArrayList<>();
    for (String code : strings(rs.getArray(prefix + IndicatorColumn.HANDLING.sql()))) {
      codes.add(
          HandlingCode.of(code, code.equals("H3") ? restrictions.removeFirst() : null)
              .orElseThrow());
    }
    Evaluation evaluation =
        Evaluation.fromCode(rs.getString(prefix + IndicatorColumn.EVALUATION.sql())).orElseThrow();
    Set<AgencyId> recipients = new LinkedHashSet<>();
    for (String recipient : strings(rs.getArray(prefix + IndicatorColumn.RECIPIENTS.sql()))) {
      recipients.add(new AgencyId(recipient));
    }
    return new Marking(tlp, new Handling(codes), evaluation, recipients);
  }

  static String[] handlingCodes(Marking marking) {
    return marking.handling().codes().stream().map(HandlingCode::code).toArray(String[]::new);
  }

  static String[] restrictions(Marking marking) {
    return marking.handling().codes().stream()
        .filter(code -> code instanceof HandlingCode.H3)
        .map(code -> ((HandlingCode.H3) code).restriction())
        .toArray(String[]::new);
  }

  static String[] recipients(Marking marking) {
    return marking.recipients().stream().map(AgencyId::value).toArray(String[]::new);
  }

  static String[] categoryCodes(Set<Category> categories) {
    return categories.stream().map(Category::code).sorted().toArray(String[]::new);
  }

  static Set<Category> categories(String[] codes) {
    EnumSet<Category> categories = EnumSet.noneOf(Category.class);
    for (String code : codes) {
      if (Category.fromCode(code) instanceof CategoryLookup.Found(Category category)) {
        categories.add(category);
      }
    }
    return categories;
  }

  static String referencesJson(List<ExternalReference> references) {
    ArrayNode array = JSON.createArrayNode();
    for (ExternalReference reference : references) {
      ObjectNode node = array.addObject();
      node.put("source_name", reference.sourceName());
      if (reference.url() != null) {
        node.put("url", reference.url());
      }
      if (reference.externalId() != null) {
        node.put("external_id", reference.externalId());
      }
    }
    return JSON.writeValueAsString(array);
  }

  private static List<ExternalReference> references(String json) {
    List<ExternalReference> references = new ArrayList<>();
    for (JsonNode node : JSON.readTree(json)) {
      references.add(
          new ExternalReference(
              node.get("source_name").asString(),
              node.has("url") ? node.get("url").asString() : null,
              node.has("external_id") ? node.get("external_id").asString() : null));
    }
    return references;
  }

  private static String[] strings(Array array) throws SQLException {
    return (String[]) array.getArray();
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp.toInstant();
  }

  static @Nullable Instant nullableInstant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  static @Nullable Timestamp timestamp(@Nullable Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
