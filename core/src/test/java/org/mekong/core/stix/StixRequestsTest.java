package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.requests.RequestKind;
import org.mekong.core.requests.RequestStatus;
import org.mekong.core.requests.Transition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests and responses as STIX objects of Mekong's own types: valid against the OASIS common
 * schema and their own (skipped without {@code shared/}), read back to what was rendered, broken
 * objects refused with a reason; and a partner's steps replayed under the local rules.
 */
class StixRequestsTest {

  private static final UUID ID = UUID.fromString("3f8a4c2e-5b1d-4e7f-9a6c-0d2e4f6a8b1c");

  /** A request's properties as the requests API writes them, with empty values. */
  static final String REQUEST =
      """
      {"recipient": "mm-fiu", "kind": "freeze", "urgency": "urgent",
       "subject": "Freeze the compound's payroll accounts", "details": "",
       "legalBasis": "ASEAN MLAT art. 22",
       "payload": {"accounts": [{"type": "wallet", "canonical": "tron:TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7",
                                 "id": "wallet--0b5e5ad4-33c5-5d5b-8a5c-1f1d2e3c4b5a"}]},
       "targets": ["wallet:tron:TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"],
       "sentAt": "2026-12-06T08:00:00Z", "reminderAt": "2026-12-06T14:00:00Z",
       "deadline": "2026-12-06T16:00:00Z", "escalationAt": "2026-12-06T16:00:00Z"}""";

  static final String RESPONSE =
      """
      {"status": "answered", "steps": [
        {"at": "2026-12-06T09:00:00.123456Z", "agency": "mm-fiu", "action": "acknowledge",
         "status": "acknowledged", "body": {"note": ""}},
        {"at": "2026-12-06T09:40:00Z", "agency": "mm-fiu", "action": "answer",
         "status": "answered", "body": {"text": "Frozen", "documents": [], "people": []}}]}""";

  static RequestObject request() {
    return new RequestObject(
        RequestStixType.REQUEST,
        ID,
        new AgencyId("th-ccib"),
        new AgencyId("mm-fiu"),
        Instant.parse("2026-12-06T08:00:00Z"),
        Instant.parse("2026-12-06T08:00:00Z"),
        1,
        (ObjectNode) Stix.MAPPER.readTree(REQUEST));
  }

  static RequestObject response() {
    return new RequestObject(
        RequestStixType.RESPONSE,
        ID,
        new AgencyId("mm-fiu"),
        new AgencyId("th-ccib"),
        Instant.parse("2026-12-06T09:00:00.123456Z"),
        Instant.parse("2026-12-06T09:40:00Z"),
        2,
        (ObjectNode) Stix.MAPPER.readTree(RESPONSE));
  }

  @Test
  void bothTypesAreValidAgainstTheOasisCoreAndTheirOwnSchema() {
    StixSchemas schemas = StixSchemas.load();
    for (RequestObject object : List.of(request(), response())) {
      ObjectNode stix = StixRequests.object(object);
      assertThat(schemas.errors("schemas/common/core.json", stix)).as(stix.toString()).isEmpty();
      assertThat(schemas.legalErrors(object.type().type(), stix)).as(stix.toString()).isEmpty();
    }
  }

  @Test
  void theOwnSchemasRejectBrokenObjects() {
    StixSchemas schemas = StixSchemas.load();
    ObjectNode request = StixRequests.object(request());
    request.put("urgency", "whenever");
    assertThat(schemas.legalErrors("mekong-request", request)).isNotEmpty();
    ObjectNode response = StixRequests.object(response());
    response.withArray("steps").add(Stix.object().put("action", "bribe"));
    assertThat(schemas.legalErrors("mekong-request-response", response)).isNotEmpty();
  }

  @Test
  void keysAreSnakeCaseEmptiesLeftOutAndTheIdIsTheRequests() {
    ObjectNode stix = StixRequests.object(request());
    assertThat(stix.get("id").asString()).isEqualTo("mekong-request--" + ID);
    assertThat(StixRequests.object(response()).get("id").asString())
        .isEqualTo("mekong-request-response--" + ID);
    assertThat(stix.has("legal_basis")).isTrue();
    assertThat(stix.has("details")).isFalse();
    assertThat(stix.get("recipients").get(0).asString()).isEqualTo("mm-fiu");
    assertThat(stix.get("object_marking_refs").get(0).asString())
        .isEqualTo(org.mekong.core.marking.Tlp.RED.markingDefinitionId());
  }

  @Test
  void everyObjectReadsBackToWhatWasRendered() {
    for (RequestObject object : List.of(request(), response())) {
      ObjectNode stix = StixRequests.object(object);
      StixRequests.Read read = StixRequests.read(stix);
      assertThat(read).isInstanceOf(StixRequests.Valid.class);
      RequestObject back = ((StixRequests.Valid) read).object(object.author());
      assertThat(StixRequests.object(back)).isEqualTo(stix);
      assertThat(((StixRequests.Valid) read).createdByRef())
          .isEqualTo(StixIdentities.of(object.author()));
    }
  }

  @Test
  void brokenObjectsAreRefusedWithAReason() {
    List<Consumer<ObjectNode>> breaks =
        List.of(
            o -> o.put("type", "mekong-requests"),
            o -> o.put("spec_version", "2.0"),
            o -> o.put("id", "mekong-request--not-a-uuid"),
            o -> o.remove("extensions"),
            o -> o.remove("created_by_ref"),
            o -> o.put("modified", "2020-01-01T00:00:00Z"),
            o -> o.put("version", 0),
            o -> o.put("revoked", true),
            o -> o.putArray("object_marking_refs").add(Tlp2.GREEN),
            o -> o.remove("recipients"),
            o -> o.putArray("recipients").add("mm-fiu").add("mm-police"));
    for (int i = 0; i < breaks.size(); i++) {
      ObjectNode broken = StixRequests.object(request());
      breaks.get(i).accept(broken);
      StixRequests.Read read = StixRequests.read(broken);
      assertThat(read).as("break " + i + ": " + broken).isInstanceOf(StixRequests.Invalid.class);
      assertThat(((StixRequests.Invalid) read).reason()).isNotBlank();
    }
    JsonNode notAnObject = Stix.MAPPER.readTree("[1]");
    assertThat(StixRequests.read(notAnObject)).isInstanceOf(StixRequests.Invalid.class);
  }

  @Test
  void theExtensionDefinitionsDeclareEachTypeAsANewSdoWithItsSchema() {
    for (RequestStixType type : RequestStixType.values()) {
      ObjectNode definition =
          StixDefinitions.extensionDefinitions().stream()
              .filter(d -> d.get("id").asString().equals(type.extensionId()))
              .findFirst()
              .orElseThrow();
      assertThat(definition.get("extension_types").get(0).asString()).isEqualTo("new-sdo");
      assertThat(definition.get("name").asString()).isEqualTo(type.type());
      assertThat(getClass().getClassLoader().getResource(StixDefinitions.requestSchema(type)))
          .isNotNull();
    }
  }

  @Test
  void aStepByItsCodeFollowsTheSameRulesAsAStepTakenHere() {
    assertThat(RequestStatus.SENT.after("acknowledge", RequestKind.FREEZE))
        .isEqualTo(new Transition.Moved(RequestStatus.ACKNOWLEDGED));
    assertThat(RequestStatus.ACKNOWLEDGED.after("partly-answer", RequestKind.FREEZE))
        .isEqualTo(new Transition.Moved(RequestStatus.PARTLY_ANSWERED));
    assertThat(RequestStatus.ANSWERED.after("acknowledge", RequestKind.FREEZE))
        .isInstanceOf(Transition.Illegal.class);
    assertThat(RequestStatus.ACKNOWLEDGED.after("acknowledge", RequestKind.FREEZE))
        .isInstanceOf(Transition.Illegal.class);
    assertThat(RequestStatus.SENT.after("confirm-execution", RequestKind.INFORMATION))
        .isInstanceOf(Transition.Illegal.class);
    assertThat(RequestStatus.SENT.after("bribe", RequestKind.FREEZE))
        .isInstanceOf(Transition.Illegal.class);
  }

  /** TLP 2.0 GREEN's marking definition id. */
  private static final class Tlp2 {
    static final String GREEN = org.mekong.core.marking.Tlp.GREEN.markingDefinitionId();
  }
}
