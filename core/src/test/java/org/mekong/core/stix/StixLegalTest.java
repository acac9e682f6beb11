package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Legal records as STIX objects of Mekong's own types: every type under every TLP level is valid
 * against the OASIS common schema and its own schema (skipped without {@code shared/}), reads back
 * to what was rendered, and broken objects are refused with a reason.
 */
class StixLegalTest {

  private static final String PERSON =
      """
      {"names": ["Chen Wei", "陈伟"], "birthDate": "1980-04", "nationality": "CHN", "sex": "M",
       "documents": [{"issuingState": "CHN", "number": "E12345678"}]}""";

  /** One API-shaped record of each type, with empty values as the API writes them. */
  static final Map<LegalStixType, String> RECORDS =
      Map.of(
          LegalStixType.ENTRY_BAN,
          """
          {"subject": %s, "reason": "Recruiter for a scam compound", "issuingAuthority": "Immigration",
           "decisionReference": "IB 77/2569", "offenceType": "fraud", "start": "2026-01-01",
           "expiry": "2031-01-01", "actionOnHit": "refuse-entry", "status": "in-force",
           "proportionality": "Five years", "statusNote": "",
           "links": {"indicators": [], "people": ["case 12 person 3"], "sites": [], "actions": []}}"""
              .formatted(PERSON),
          LegalStixType.NOTICE,
          """
          {"colour": "wanted", "person": %s, "title": "Wanted: compound boss", "summary": "Arrest",
           "legalBasis": "Warrant 12/2026", "expires": null, "drafter": "Li Wei",
           "review": {"status": "published", "reviewer": "Wang Fang",
             "approved": "2026-03-01T10:00:00Z", "approvalNote": ""},
           "links": {"indicators": [], "people": [], "sites": [], "actions": []}}"""
              .formatted(PERSON),
          LegalStixType.LEGAL_ACTION,
          """
          {"kind": "arrest", "subject": {"kind": "organisation", "names": ["KK Park Co"],
             "country": "MMR", "registration": ""},
           "caseReference": "C 1", "authority": "CCIB", "date": "2026-10-01",
           "legalBasis": "Criminal Code s. 341", "status": "ongoing", "details": "",
           "links": {"indicators": [], "people": [], "sites": ["KK Park"], "actions": []}}""",
          LegalStixType.EXPULSION,
          """
          {"subject": %s, "orderReference": "TM35 1", "issuingAuthority": "Immigration",
           "legalBasis": "Immigration Act s. 54", "orderDate": "2026-10-10", "destination": "MMR",
           "receivingAuthority": "", "carriedOut": "2026-10-12", "exitAllowed": true,
           "reEntryBarred": false, "note": "",
           "links": {"indicators": [], "people": [], "sites": [], "actions": []}}"""
              .formatted(PERSON));

  private static final Map<String, Marking> MARKINGS = markings();

  private static final Marking GREEN = Marking.of(Tlp.GREEN);

  private static Map<String, Marking> markings() {
    Map<String, Marking> markings = new LinkedHashMap<>();
    for (Tlp tlp : Tlp.values()) {
      Set<AgencyId> recipients =
          tlp == Tlp.RED || tlp == Tlp.AMBER ? Set.of(Fixtures.CCIB) : Set.of();
      markings.put(
          tlp.code(),
          new Marking(tlp, Handling.NONE, Evaluation.fromCode("B2").orElseThrow(), recipients));
    }
    markings.put(
        "amber+strict with H1 and H3",
        new Marking(
            Tlp.AMBER_STRICT,
            Handling.of(HandlingCode.NO_JUDICIAL_USE, new HandlingCode.H3("ask first")),
            Evaluation.UNJUDGED,
            Set.of()));
    return markings;
  }

  static LegalObject legal(LegalStixType type, Marking marking, int version) {
    Instant created = Instant.parse("2026-03-01T10:00:00.123456Z");
    return new LegalObject(
        type,
        UUID.nameUUIDFromBytes(type.type().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Fixtures.MPS,
        created,
        created.plusSeconds(version * 60L),
        version,
        marking,
        version == 1 ? Set.of() : EnumSet.of(Category.FRAUD, Category.RECRUITMENT_LURE),
        (ObjectNode) Stix.MAPPER.readTree(RECORDS.get(type)));
  }

  @Test
  void everyTypeUnderEveryMarkingIsValidAgainstTheOasisCoreAndItsOwnSchema() {
    StixSchemas schemas = StixSchemas.load();
    for (LegalStixType type : LegalStixType.values()) {
      for (var marking : MARKINGS.entrySet()) {
        for (int version : List.of(1, 2)) {
          for (boolean disclosed : List.of(true, false)) {
            ObjectNode object =
                StixLegal.object(legal(type, marking.getValue(), version), disclosed);
            String as = type.type() + " " + marking.getKey() + " v" + version + " " + object;
            assertThat(schemas.errors("schemas/common/core.json", object)).as(as).isEmpty();
            if (disclosed) {
              assertThat(schemas.legalErrors(type.type(), object)).as(as).isEmpty();
            }
          }
        }
      }
    }
  }

  @Test
  void theOwnSchemasRejectBrokenObjects() {
    StixSchemas schemas = StixSchemas.load();
    ObjectNode ban = StixLegal.object(legal(LegalStixType.ENTRY_BAN, GREEN, 1));
    ban.put("status", "forgotten");
    assertThat(schemas.legalErrors("mekong-entry-ban", ban)).isNotEmpty();
    ObjectNode notice = StixLegal.object(legal(LegalStixType.NOTICE, GREEN, 1));
    notice.remove("extensions");
    assertThat(schemas.legalErrors("mekong-notice", notice)).isNotEmpty();
    ObjectNode draft = StixLegal.object(legal(LegalStixType.NOTICE, GREEN, 1));
    ((ObjectNode) draft.get("review")).put("status", "drafted");
    assertThat(schemas.legalErrors("mekong-notice", draft)).isNotEmpty();
  }

  @Test
  void emptyValuesAreLeftOutAndKeysAreSnakeCase() {
    ObjectNode ban = StixLegal.object(legal(LegalStixType.ENTRY_BAN, GREEN, 1));
    assertThat(ban.has("status_note")).isFalse();
    assertThat(ban.get("links").has("indicators")).isFalse();
    assertThat(ban.get("subject").get("documents").get(0).get("issuing_state").asString())
        .isEqualTo("CHN");
    assertThat(ban.get("action_on_hit").asString()).isEqualTo("refuse-entry");
    assertThat(ban.get("id").asString()).startsWith("mekong-entry-ban--");
  }

  @Test
  void everyObjectReadsBackToWhatWasRendered() {
    for (LegalStixType type : LegalStixType.values()) {
      for (var marking : MARKINGS.entrySet()) {
        LegalObject legal = legal(type, marking.getValue(), 2);
        ObjectNode object = StixLegal.object(legal);
        StixLegal.Read read = StixLegal.read(object);
        assertThat(read).as(type + " " + marking.getKey()).isInstanceOf(StixLegal.Valid.class);
        StixLegal.Valid valid = (StixLegal.Valid) read;
        assertThat(valid.createdByRef()).isEqualTo(StixIdentities.of(Fixtures.MPS));
        LegalObject back = valid.object(Fixtures.MPS);
        assertThat(StixLegal.object(back)).isEqualTo(object);
        assertThat(back.marking()).isEqualTo(legal.marking());
        assertThat(back.categories()).isEqualTo(legal.categories());
        assertThat(back.modified()).isEqualTo(legal.modified());
      }
    }
  }

  @Test
  void brokenObjectsAreRefusedWithAReason() {
    ObjectNode good = StixLegal.object(legal(LegalStixType.ENTRY_BAN, GREEN, 1));
    Map<String, java.util.function.Consumer<ObjectNode>> breakages = new LinkedHashMap<>();
    breakages.put("type", o -> o.put("type", "mekong-visa"));
    breakages.put("id", o -> o.put("id", "mekong-entry-ban--not-a-uuid"));
    breakages.put("extension", o -> o.remove("extensions"));
    breakages.put("created_by_ref", o -> o.remove("created_by_ref"));
    breakages.put("modified", o -> o.put("modified", "2026-03-01T10:00:00Z-ish"));
    breakages.put("version", o -> o.put("version", 0));
    breakages.put("revoked", o -> o.put("revoked", true));
    breakages.put("object_marking_refs", o -> o.remove("object_marking_refs"));
    breakages.put("evaluation", o -> o.put("evaluation", "Z9"));
    breakages.put("categories", o -> o.set("categories", Stix.array(List.of("no-such-thing"))));
    breakages.put(
        "red without recipients",
        o ->
            o.set(
                "object_marking_refs",
                Stix.array(
                    List.of(
                        Tlp.RED.markingDefinitionId(),
                        o.get("object_marking_refs").get(1).asString()))));
    for (var breakage : breakages.entrySet()) {
      ObjectNode broken = good.deepCopy();
      breakage.getValue().accept(broken);
      assertThat(StixLegal.read(broken))
          .as(breakage.getKey())
          .isInstanceOf(StixLegal.Invalid.class);
    }
    JsonNode notAnObject = Stix.MAPPER.readTree("[1]");
    assertThat(StixLegal.read(notAnObject)).isInstanceOf(StixLegal.Invalid.class);
  }

  @Test
  void theExtensionDefinitionsDeclareEachTypeAsANewSdo() {
    for (LegalStixType type : LegalStixType.values()) {
      ObjectNode definition =
          StixDefinitions.extensionDefinitions().stream()
              .filter(d -> d.get("id").asString().equals(type.extensionId()))
              .findFirst()
              .orElseThrow();
      assertThat(definition.get("extension_types").get(0).asString()).isEqualTo("new-sdo");
      assertThat(definition.get("name").asString()).isEqualTo(type.type());
      assertThat(StixLegal.class.getClassLoader().getResource(StixDefinitions.legalSchema(type)))
          .isNotNull();
    }
  }
}
