package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;
import org.mekong.core.stix.StixIdentities;
import org.mekong.core.stix.StixIndicators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The ingest rules for one object of a partner's page, without storage or HTTP. */
class ObjectIngestTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AgencyId CN = new AgencyId("cn-mps-afc");
  private static final AgencyId TH = new AgencyId("th-ccib");
  private static final AgencyId TH_AMLO = new AgencyId("th-amlo");
  private static final ObjectIngest.Directory DIRECTORY =
      ObjectIngest.Directory.of(
          List.of(
              new ObjectIngest.Member(CN, "cn"),
              new ObjectIngest.Member(TH, null),
              new ObjectIngest.Member(TH_AMLO, null)));

  @Test
  void aMekongIndicatorOfAPartnersAgencyIsTakenVerbatim() {
    Indicator sent =
        indicator(
            CN,
            new Marking(
                Tlp.AMBER,
                Handling.of(HandlingCode.NO_ONWARD_SHARING),
                Evaluation.fromCode("B2").orElseThrow(),
                Set.of(TH)),
            3,
            false);
    ObjectIngest.Verdict verdict = ObjectIngest.judge(stix(sent), DIRECTORY, TH, "cn");
    assertThat(verdict).isInstanceOf(ObjectIngest.Accept.class);
    ObjectIngest.Accept accept = (ObjectIngest.Accept) verdict;
    assertThat(accept.version()).isEqualTo(sent);
    assertThat(accept.originNode()).isEqualTo("cn");
  }

  @Test
  void aRevocationIsTakenAsTheVersionItIs() {
    Indicator revoked = indicator(CN, Marking.of(Tlp.GREEN), 2, true);
    ObjectIngest.Verdict verdict = ObjectIngest.judge(stix(revoked), DIRECTORY, TH, "cn");
    assertThat(verdict).isInstanceOf(ObjectIngest.Accept.class);
    assertThat(((ObjectIngest.Accept) verdict).version().revoked()).isTrue();
  }

  @Test
  void anUnknownOriginatorIsRefused() {
    Indicator sent = indicator(new AgencyId("vn-police"), Marking.of(Tlp.GREEN), 1, false);
    assertRefused(
        ObjectIngest.judge(stix(sent), DIRECTORY, TH, "cn"), RefusalReason.UNKNOWN_ORIGINATOR);
  }

  @Test
  void anIndicatorWithoutCreatorIsRefusedAsOfUnknownOrigin() {
    ObjectNode object = stix(indicator(CN, Marking.of(Tlp.GREEN), 1, false));
    object.remove("created_by_ref");
    assertRefused(
        ObjectIngest.judge(object, DIRECTORY, TH, "cn"), RefusalReason.UNKNOWN_ORIGINATOR);
  }

  @Test
  void anObjectOfOneOfThisNodesAgenciesIsSkippedAsOwn() {
    Indicator own = indicator(TH_AMLO, Marking.of(Tlp.GREEN), 1, false);
    assertRefused(ObjectIngest.judge(stix(own), DIRECTORY, TH, "cn"), RefusalReason.OWN_OBJECT);
  }

  @Test
  void redThatDoesNotNameThePullerIsNotAddressedToIt() {
    Marking red = new Marking(Tlp.RED, Handling.NONE, Evaluation.UNJUDGED, Set.of(TH_AMLO));
    JsonNode object = stix(indicator(CN, red, 1, false));
    assertRefused(ObjectIngest.judge(object, DIRECTORY, TH, "cn"), RefusalReason.NOT_ADDRESSED);
    assertThat(ObjectIngest.judge(object, DIRECTORY, TH_AMLO, "cn"))
        .isInstanceOf(ObjectIngest.Accept.class);
  }

  @Test
  void otherTypesAreRefusedButDefinitionsAndIdentitiesIgnored() {
    ObjectNode malware = JSON.createObjectNode();
    malware.put("type", "malware");
    malware.put("id", "malware--" + java.util.UUID.randomUUID());
    assertRefused(ObjectIngest.judge(malware, DIRECTORY, TH, "cn"), RefusalReason.UNSUPPORTED_TYPE);
    for (String type : List.of("identity", "marking-definition", "extension-definition")) {
      ObjectNode object = JSON.createObjectNode();
      object.put("type", type);
      assertThat(ObjectIngest.judge(object, DIRECTORY, TH, "cn"))
          .as(type)
          .isInstanceOf(ObjectIngest.Ignore.class);
    }
  }

  @Test
  void unreadableObjectsAreInvalid() {
    assertRefused(
        ObjectIngest.judge(JSON.readTree("[1]"), DIRECTORY, TH, "cn"),
        RefusalReason.INVALID_OBJECT);
    ObjectNode noPattern = stix(indicator(CN, Marking.of(Tlp.GREEN), 1, false));
    noPattern.put("pattern", "[file:name = 'x']");
    assertRefused(ObjectIngest.judge(noPattern, DIRECTORY, TH, "cn"), RefusalReason.INVALID_OBJECT);
    ObjectNode notMekong = stix(indicator(CN, Marking.of(Tlp.GREEN), 1, false));
    notMekong.remove("extensions");
    assertRefused(ObjectIngest.judge(notMekong, DIRECTORY, TH, "cn"), RefusalReason.INVALID_OBJECT);
    ObjectNode untyped = JSON.createObjectNode();
    untyped.put("id", "x");
    assertRefused(ObjectIngest.judge(untyped, DIRECTORY, TH, "cn"), RefusalReason.UNSUPPORTED_TYPE);
  }

  @Test
  void aRelayedObjectWhoseMarkingForbidsOnwardSharingIsRefused() {
    JsonNode amber = stix(indicator(CN, Marking.of(Tlp.AMBER), 1, false));
    assertRefused(ObjectIngest.judge(amber, DIRECTORY, TH, "vn"), RefusalReason.INVALID_OBJECT);
    JsonNode green = stix(indicator(CN, Marking.of(Tlp.GREEN), 1, false));
    assertThat(ObjectIngest.judge(green, DIRECTORY, TH, "vn"))
        .isInstanceOf(ObjectIngest.Accept.class);
  }

  @Test
  void identitiesMapBackToAgencies() {
    assertThat(DIRECTORY.byIdentity()).containsKey(StixIdentities.of(CN));
  }

  private static void assertRefused(ObjectIngest.Verdict verdict, RefusalReason reason) {
    assertThat(verdict).isInstanceOf(ObjectIngest.Refuse.class);
    assertThat(((ObjectIngest.Refuse) verdict).reason()).isEqualTo(reason);
  }

  private static ObjectNode stix(Indicator indicator) {
    return StixIndicators.indicator(indicator);
  }

  private static Indicator indicator(
      AgencyId originator, Marking marking, int version, boolean revoked) {
    Selector phone = ((Parsed.Valid) Selectors.parse("+66812345678", null, null)).selector();
    Instant created = Instant.parse("2026-11-01T10:00:00.123456Z");
    return new Indicator(
        new IndicatorId("indicator--" + java.util.UUID.randomUUID()),
        phone,
        Set.of(Category.FRAUD_INVESTMENT),
        70,
        marking,
        originator,
        created,
        null,
        "a call centre",
        List.of(),
        created,
        created.plusSeconds(version),
        version,
        revoked);
  }
}
