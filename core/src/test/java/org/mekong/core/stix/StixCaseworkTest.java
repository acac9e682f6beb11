package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import tools.jackson.databind.node.ObjectNode;

/**
 * Casework records as STIX objects of Mekong's types: each type's object is valid against the OASIS
 * common schema and its own schema (skipped without {@code shared/}), reads back as rendered, and a
 * broken object is refused with a reason.
 */
class StixCaseworkTest {

  private static final String P1 = "0b7e4c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d";

  private static final Map<CaseworkStixType, String> RECORDS =
      Map.of(
          CaseworkStixType.PERSON,
          """
          {"names": ["王小红", "Wang Xiaohong"], "birthDate": "1999-04", "sex": "female",
           "nationalities": ["CHN"], "documents": [{"type": "passport", "number": "E1234567",
           "issuingState": "CHN"}], "languages": ["zh"], "needs": ["shelter"]}""",
          CaseworkStixType.CASE,
          """
          {"person": "%s", "openedBy": "mm-police", "state": "rescued",
           "events": [{"type": "rescued", "agency": "mm-police", "at": "2026-10-01T10:00:00Z",
           "actingPerson": "Aung Min", "place": "KK Park"}]}"""
              .formatted(P1),
          CaseworkStixType.DETERMINATION,
          """
          {"person": "%s", "verdict": "victim", "agency": "th-immigration",
           "decidedBy": "Somchai", "at": "2026-10-03T10:00:00Z", "basis": "Interview"}"""
              .formatted(P1),
          CaseworkStixType.MANIFEST,
          """
          {"sending": "mm-police", "receiving": "th-immigration",
           "transport": {"mode": "on-foot"}, "date": "2026-10-02", "place": "Friendship Bridge",
           "entries": [{"person": "%s", "status": "pending",
             "updatedAt": "2026-10-01T10:00:00Z", "updatedBy": "Aung Min"}]}"""
              .formatted(P1),
          CaseworkStixType.MANIFEST_DECISION,
          """
          {"manifest": "%s", "actingPerson": "Somchai", "decisions": [{"person": "%s",
           "status": "refused", "reason": "identity mismatch",
           "updatedAt": "2026-10-02T10:00:00Z"}]}"""
              .formatted(UUID.randomUUID(), P1),
          CaseworkStixType.CASE_EVENT,
          """
          {"case": "%s", "event": {"type": "repatriated", "agency": "th-immigration",
           "at": "2026-10-05T10:00:00Z", "actingPerson": "Somchai", "place": "Mae Sot",
           "country": "CN"}}"""
              .formatted(UUID.randomUUID()));

  private static CaseworkObject version(CaseworkStixType type, boolean withdrawn) {
    Instant created = Instant.parse("2026-10-01T10:00:00.123456Z");
    @Nullable String basis =
        type == CaseworkStixType.PERSON && !withdrawn ? "override: Immigration Act s. 54" : null;
    return new CaseworkObject(
        type,
        UUID.fromString(P1),
        new AgencyId("mm-police"),
        created,
        created.plusSeconds(60),
        2,
        Set.of(new AgencyId("th-immigration"), new AgencyId("cn-consulate")),
        basis,
        withdrawn,
        withdrawn ? Stix.object() : (ObjectNode) Stix.MAPPER.readTree(RECORDS.get(type)));
  }

  @Test
  void everyTypeIsValidAgainstTheOasisCoreAndItsOwnSchema() {
    StixSchemas schemas = StixSchemas.load();
    for (CaseworkStixType type : CaseworkStixType.values()) {
      for (boolean withdrawn : new boolean[] {false, true}) {
        if (withdrawn && type != CaseworkStixType.PERSON && type != CaseworkStixType.CASE) {
          continue;
        }
        ObjectNode object = StixCasework.object(version(type, withdrawn));
        String as = type.type() + " " + object;
        assertThat(schemas.errors("schemas/common/core.json", object)).as(as).isEmpty();
        assertThat(schemas.legalErrors(type.type(), object)).as(as).isEmpty();
      }
    }
  }

  @Test
  void theOwnSchemasRejectBrokenObjects() {
    StixSchemas schemas = StixSchemas.load();
    ObjectNode person = StixCasework.object(version(CaseworkStixType.PERSON, false));
    person.remove("disclosure_basis");
    assertThat(schemas.legalErrors("mekong-person", person)).isNotEmpty();
    ObjectNode manifest = StixCasework.object(version(CaseworkStixType.MANIFEST, false));
    manifest.put("surprise", 1);
    assertThat(schemas.legalErrors("mekong-manifest", manifest)).isNotEmpty();
    ObjectNode event = StixCasework.object(version(CaseworkStixType.CASE_EVENT, false));
    event.remove("case");
    assertThat(schemas.legalErrors("mekong-case-event", event)).isNotEmpty();
    ObjectNode kase = StixCasework.object(version(CaseworkStixType.CASE, false));
    kase.withArray("events").removeAll();
    assertThat(schemas.legalErrors("mekong-case", kase)).isNotEmpty();
    ObjectNode withdrawn = StixCasework.object(version(CaseworkStixType.PERSON, true));
    withdrawn.set("names", Stix.array(java.util.List.of("Wang")));
    assertThat(schemas.legalErrors("mekong-person", withdrawn)).isNotEmpty();
  }

  @Test
  void anObjectReadsBackAsRendered() {
    for (CaseworkStixType type : CaseworkStixType.values()) {
      CaseworkObject version = version(type, false);
      ObjectNode object = StixCasework.object(version);
      assertThat(object.get("id").asString()).isEqualTo(type.type() + "--" + P1);
      StixCasework.Read read = StixCasework.read(object);
      assertThat(read).as(object.toString()).isInstanceOf(StixCasework.Valid.class);
      StixCasework.Valid valid = (StixCasework.Valid) read;
      assertThat(valid.createdByRef()).isEqualTo(StixIdentities.of(new AgencyId("mm-police")));
      assertThat(valid.object(new AgencyId("mm-police"))).isEqualTo(version);
    }
  }

  @Test
  void aBrokenObjectIsRefusedWithAReason() {
    ObjectNode good = StixCasework.object(version(CaseworkStixType.PERSON, false));
    Map<String, Consumer<ObjectNode>> breakages = new LinkedHashMap<>();
    breakages.put("no audience", o -> o.remove("audience"));
    breakages.put("empty audience", o -> o.set("audience", Stix.array(java.util.List.of())));
    breakages.put("no basis", o -> o.remove("disclosure_basis"));
    breakages.put("odd basis", o -> o.put("disclosure_basis", "because"));
    breakages.put("amber", o -> o.set("object_marking_refs", Stix.array(java.util.List.of())));
    breakages.put("wrong id", o -> o.put("id", "mekong-person--nope"));
    breakages.put("withdrawn with names", o -> o.put("withdrawn", true));
    breakages.put("revoked", o -> o.put("revoked", true));
    breakages.put("no version", o -> o.remove("version"));
    breakages.put("no extension", o -> o.remove("extensions"));
    for (var breakage : breakages.entrySet()) {
      ObjectNode broken = good.deepCopy();
      breakage.getValue().accept(broken);
      assertThat(StixCasework.read(broken))
          .as(breakage.getKey())
          .isInstanceOf(StixCasework.Invalid.class);
    }
  }

  @Test
  void theExtensionDefinitionsDeclareEachTypeAsANewSdoWithItsSchema() {
    for (CaseworkStixType type : CaseworkStixType.values()) {
      ObjectNode definition =
          StixDefinitions.extensionDefinitions().stream()
              .filter(d -> d.get("id").asString().equals(type.extensionId()))
              .findFirst()
              .orElseThrow();
      assertThat(definition.get("extension_types").get(0).asString()).isEqualTo("new-sdo");
      assertThat(definition.get("name").asString()).isEqualTo(type.type());
      assertThat(
              StixCasework.class.getClassLoader().getResource(StixDefinitions.caseworkSchema(type)))
          .isNotNull();
    }
  }
}
