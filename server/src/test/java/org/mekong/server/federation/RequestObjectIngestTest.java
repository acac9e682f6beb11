package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.stix.RequestObject;
import org.mekong.core.stix.RequestStixType;
import org.mekong.core.stix.StixRequests;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ingest rules for a request or response of a partner's page: its author must be a partner
 * node's agency known here (no echo of this node's own, no unknown author), and a malformed object
 * is refused with its reason before any request rule is applied.
 */
class RequestObjectIngestTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AgencyId TH = new AgencyId("th-ccib");
  private static final AgencyId MM = new AgencyId("mm-fiu");
  private static final ObjectIngest.Directory DIRECTORY =
      ObjectIngest.Directory.of(
          List.of(new ObjectIngest.Member(TH, "th"), new ObjectIngest.Member(MM, null)));

  @Test
  void aPartnersRequestIsAcceptedWithItsAuthorAndNode() {
    for (RequestStixType type : RequestStixType.values()) {
      ObjectIngest.Verdict verdict = ObjectIngest.judge(stix(type, TH, MM), DIRECTORY, MM, "th");
      assertThat(verdict).as("%s", verdict).isInstanceOf(ObjectIngest.AcceptRequest.class);
      ObjectIngest.AcceptRequest accept = (ObjectIngest.AcceptRequest) verdict;
      assertThat(accept.originNode()).isEqualTo("th");
      assertThat(accept.version().author()).isEqualTo(TH);
      assertThat(accept.version().addressee()).isEqualTo(MM);
      assertThat(accept.version().type()).isEqualTo(type);
    }
  }

  @Test
  void anUnknownAuthorOrThisNodesOwnOrAMalformedObjectIsRefused() {
    assertRefused(
        ObjectIngest.judge(
            stix(RequestStixType.REQUEST, new AgencyId("xx-nobody"), MM), DIRECTORY, MM, "th"),
        RefusalReason.UNKNOWN_ORIGINATOR);
    assertRefused(
        ObjectIngest.judge(stix(RequestStixType.RESPONSE, MM, TH), DIRECTORY, MM, "th"),
        RefusalReason.OWN_OBJECT);
    ObjectNode broken = stix(RequestStixType.REQUEST, TH, MM);
    broken.putArray("object_marking_refs").add("marking-definition--nonsense");
    ObjectIngest.Verdict verdict = ObjectIngest.judge(broken, DIRECTORY, MM, "th");
    assertRefused(verdict, RefusalReason.INVALID_OBJECT);
    assertThat(((ObjectIngest.Refuse) verdict).detail()).contains("TLP:RED");
  }

  private static void assertRefused(ObjectIngest.Verdict verdict, RefusalReason reason) {
    assertThat(verdict).as("%s", verdict).isInstanceOf(ObjectIngest.Refuse.class);
    assertThat(((ObjectIngest.Refuse) verdict).reason()).isEqualTo(reason);
  }

  private static ObjectNode stix(RequestStixType type, AgencyId author, AgencyId addressee) {
    Instant at = Instant.parse("2026-12-06T08:00:00Z");
    return StixRequests.object(
        new RequestObject(
            type,
            UUID.randomUUID(),
            author,
            addressee,
            at,
            at,
            1,
            (ObjectNode) JSON.readTree("{\"recipient\": \"" + addressee.value() + "\"}")));
  }
}
