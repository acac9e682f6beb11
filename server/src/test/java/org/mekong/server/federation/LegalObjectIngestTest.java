package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.stix.LegalObject;
import org.mekong.core.stix.LegalStixType;
import org.mekong.core.stix.StixLegal;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ingest rules for a legal record of a partner's page, as for indicators: a partner's agency as
 * originator, TLP:RED only for a named puller, no relay of what may not be passed on, no echo.
 */
class LegalObjectIngestTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AgencyId CN = new AgencyId("cn-mps-afc");
  private static final AgencyId TH = new AgencyId("th-immigration");
  private static final AgencyId VN = new AgencyId("vn-police");
  private static final ObjectIngest.Directory DIRECTORY =
      ObjectIngest.Directory.of(
          List.of(
              new ObjectIngest.Member(CN, "cn"),
              new ObjectIngest.Member(VN, "vn"),
              new ObjectIngest.Member(TH, null)));

  @Test
  void aPartnersBanIsAcceptedWithItsOriginatorAndNode() {
    Marking marking = marking(Tlp.AMBER, Handling.NONE, Set.of(TH));
    ObjectIngest.Verdict verdict = ObjectIngest.judge(stix(CN, marking), DIRECTORY, TH, "cn");
    assertThat(verdict).isInstanceOf(ObjectIngest.AcceptLegal.class);
    ObjectIngest.AcceptLegal accept = (ObjectIngest.AcceptLegal) verdict;
    assertThat(accept.version().originator()).isEqualTo(CN);
    assertThat(accept.originNode()).isEqualTo("cn");
    assertThat(accept.version().marking()).isEqualTo(marking);
  }

  @Test
  void redThatDoesNotNameThePullerIsNotAddressed() {
    assertRefused(
        ObjectIngest.judge(
            stix(CN, marking(Tlp.RED, Handling.NONE, Set.of(VN))), DIRECTORY, TH, "cn"),
        RefusalReason.NOT_ADDRESSED);
  }

  @Test
  void aRelayOfWhatMayNotBePassedOnIsRefused() {
    assertRefused(
        ObjectIngest.judge(
            stix(VN, marking(Tlp.AMBER, Handling.NONE, Set.of())), DIRECTORY, TH, "cn"),
        RefusalReason.INVALID_OBJECT);
    assertRefused(
        ObjectIngest.judge(
            stix(VN, marking(Tlp.GREEN, Handling.of(HandlingCode.NO_ONWARD_SHARING), Set.of())),
            DIRECTORY,
            TH,
            "cn"),
        RefusalReason.INVALID_OBJECT);
    assertThat(
            ObjectIngest.judge(
                stix(VN, marking(Tlp.GREEN, Handling.NONE, Set.of())), DIRECTORY, TH, "cn"))
        .isInstanceOf(ObjectIngest.AcceptLegal.class);
  }

  @Test
  void ownUnknownAndBrokenObjectsAreRefused() {
    Marking green = marking(Tlp.GREEN, Handling.NONE, Set.of());
    assertRefused(
        ObjectIngest.judge(stix(TH, green), DIRECTORY, TH, "cn"), RefusalReason.OWN_OBJECT);
    assertRefused(
        ObjectIngest.judge(stix(new AgencyId("xx-nobody"), green), DIRECTORY, TH, "cn"),
        RefusalReason.UNKNOWN_ORIGINATOR);
    ObjectNode broken = stix(CN, green);
    broken.remove("extensions");
    assertRefused(ObjectIngest.judge(broken, DIRECTORY, TH, "cn"), RefusalReason.INVALID_OBJECT);
  }

  private static void assertRefused(ObjectIngest.Verdict verdict, RefusalReason reason) {
    assertThat(verdict).as("%s", verdict).isInstanceOf(ObjectIngest.Refuse.class);
    assertThat(((ObjectIngest.Refuse) verdict).reason()).isEqualTo(reason);
  }

  private static Marking marking(Tlp tlp, Handling handling, Set<AgencyId> recipients) {
    return new Marking(tlp, handling, Evaluation.UNJUDGED, recipients);
  }

  private static ObjectNode stix(AgencyId originator, Marking marking) {
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    return StixLegal.object(
        new LegalObject(
            LegalStixType.ENTRY_BAN,
            UUID.randomUUID(),
            originator,
            at,
            at,
            1,
            marking,
            Set.of(),
            (ObjectNode)
                JSON.readTree(
                    """
                    {"subject": {"names": ["Zhao Gang"]}, "reason": "r", "status": "in-force"}""")));
  }
}
