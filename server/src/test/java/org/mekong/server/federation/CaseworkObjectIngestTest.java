package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.stix.CaseworkObject;
import org.mekong.core.stix.CaseworkStixType;
import org.mekong.core.stix.StixCasework;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.casework.CaseworkExchange;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's casework objects that are malformed, not addressed to the puller, relayed, or whose
 * record the casework API would refuse, are refused with a reason, and nothing of them is stored.
 */
class CaseworkObjectIngestTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AgencyId MM = new AgencyId("ci-mm-police");
  private static final AgencyId TH = new AgencyId("th-immigration");
  private static final ObjectIngest.Directory DIRECTORY =
      ObjectIngest.Directory.of(
          List.of(new ObjectIngest.Member(MM, "mm"), new ObjectIngest.Member(TH, null)));

  private static CaseworkObject person(String nationality, Set<AgencyId> audience) {
    Instant now = Instant.parse("2026-10-22T08:00:00Z");
    return new CaseworkObject(
        CaseworkStixType.PERSON,
        UUID.randomUUID(),
        MM,
        now,
        now,
        1,
        audience,
        "consent",
        false,
        (ObjectNode)
            JSON.readTree(
                "{\"names\": [\"Zhang Wei\"], \"nationalities\": [\"" + nationality + "\"]}"));
  }

  @Test
  void aWellFormedPersonAddressedToThePullerIsAccepted() {
    ObjectIngest.Verdict verdict =
        ObjectIngest.judge(StixCasework.object(person("CHN", Set.of(TH))), DIRECTORY, TH, "mm");
    assertThat(verdict).isInstanceOf(ObjectIngest.AcceptCasework.class);
    assertThat(((ObjectIngest.AcceptCasework) verdict).version().originator()).isEqualTo(MM);
  }

  @Test
  void malformedUnaddressedAndRelayedObjectsAreRefusedWithAReason() {
    ObjectNode noBasis = StixCasework.object(person("CHN", Set.of(TH)));
    noBasis.remove("disclosure_basis");
    assertRefused(ObjectIngest.judge(noBasis, DIRECTORY, TH, "mm"), RefusalReason.INVALID_OBJECT);
    ObjectNode badId = StixCasework.object(person("CHN", Set.of(TH)));
    badId.put("id", "mekong-person--not-a-uuid");
    assertRefused(ObjectIngest.judge(badId, DIRECTORY, TH, "mm"), RefusalReason.INVALID_OBJECT);
    assertRefused(
        ObjectIngest.judge(
            StixCasework.object(person("CHN", Set.of(new AgencyId("th-ccib")))),
            DIRECTORY,
            TH,
            "mm"),
        RefusalReason.NOT_ADDRESSED);
    assertRefused(
        ObjectIngest.judge(StixCasework.object(person("CHN", Set.of(TH))), DIRECTORY, TH, "cn"),
        RefusalReason.INVALID_OBJECT);
  }

  @Test
  void aRecordTheApiWouldRefuseIsRefusedAndNothingIsStored() {
    SeededNode node = TestNodes.shared();
    AgencyDirectory agencies = node.node().bean(AgencyDirectory.class);
    if (agencies.find(MM.value()).isEmpty()) {
      agencies.create(
          new Agency(MM, "Myanmar police", new CountryCode("MM"), AgencyKind.LAW_ENFORCEMENT),
          "mm");
    }
    CaseworkExchange exchange = node.node().bean(CaseworkExchange.class);
    TransactionTemplate transaction =
        new TransactionTemplate(node.node().bean(PlatformTransactionManager.class));
    CaseworkObject unknownCountry = person("ZZZ", Set.of(TH));
    CaseworkExchange.Reception reception =
        transaction.execute(status -> exchange.receive(unknownCountry, TH, "mm", "mm"));
    assertThat(reception).isInstanceOf(CaseworkExchange.Refused.class);
    assertThat(((CaseworkExchange.Refused) reception).reason()).contains("nationalities");
    Instant now = Instant.parse("2026-10-22T08:00:00Z");
    CaseworkObject strayManifest =
        new CaseworkObject(
            CaseworkStixType.MANIFEST,
            UUID.randomUUID(),
            MM,
            now,
            now,
            1,
            Set.of(TH),
            null,
            false,
            (ObjectNode)
                JSON.readTree(
                    """
                    {"sending": "ci-mm-police", "receiving": "th-immigration",
                     "transport": {"mode": "road"}, "date": "2026-10-22",
                     "entries": [{"person": "%s", "status": "pending",
                       "updatedAt": "2026-10-22T08:00:00Z", "updatedBy": "Aung"}]}"""
                        .formatted(unknownCountry.id())));
    CaseworkExchange.Reception manifest =
        transaction.execute(status -> exchange.receive(strayManifest, TH, "mm", "mm"));
    assertThat(manifest).isInstanceOf(CaseworkExchange.Refused.class);
    assertThat(((CaseworkExchange.Refused) manifest).reason()).contains("did not reach");
    JdbcClient jdbc = node.node().bean(JdbcClient.class);
    for (String sql :
        List.of(
            "SELECT count(*) FROM casework_person WHERE id = ?",
            "SELECT count(*) FROM casework_manifest WHERE id = ?",
            "SELECT count(*) FROM casework_received WHERE record_id = ?")) {
      for (UUID id : List.of(unknownCountry.id(), strayManifest.id())) {
        assertThat(jdbc.sql(sql).param(id).query(Long.class).single()).as(sql).isZero();
      }
    }
  }

  private static CaseworkObject version(
      CaseworkStixType type, Set<AgencyId> audience, String json) {
    Instant now = Instant.parse("2026-10-22T08:00:00Z");
    return new CaseworkObject(
        type,
        UUID.randomUUID(),
        MM,
        now,
        now,
        1,
        audience,
        null,
        false,
        (ObjectNode) JSON.readTree(json));
  }

  private static final String CASE =
      """
      {"person": "%s", "openedBy": "ci-mm-police", "state": "%s", "events": [%s]}""";

  private static final String RESCUED =
      """
      {"type": "rescued", "agency": "ci-mm-police", "actingPerson": "Aung",
       "at": "2026-10-20T08:00:00Z", "place": "KK Park"}""";

  @Test
  void malformedUnaddressedAndStrayCasesAndCaseEventsAreRefusedWithAReason() {
    String person = UUID.randomUUID().toString();
    ObjectNode badId =
        StixCasework.object(
            version(CaseworkStixType.CASE, Set.of(TH), CASE.formatted(person, "rescued", RESCUED)));
    badId.put("id", "mekong-case--not-a-uuid");
    assertRefused(ObjectIngest.judge(badId, DIRECTORY, TH, "mm"), RefusalReason.INVALID_OBJECT);
    assertRefused(
        ObjectIngest.judge(
            StixCasework.object(
                version(
                    CaseworkStixType.CASE_EVENT,
                    Set.of(new AgencyId("th-ccib")),
                    "{\"case\": \"" + person + "\", \"event\": " + RESCUED + "}")),
            DIRECTORY,
            TH,
            "mm"),
        RefusalReason.NOT_ADDRESSED);

    SeededNode node = TestNodes.shared();
    AgencyDirectory agencies = node.node().bean(AgencyDirectory.class);
    if (agencies.find(MM.value()).isEmpty()) {
      agencies.create(
          new Agency(MM, "Myanmar police", new CountryCode("MM"), AgencyKind.LAW_ENFORCEMENT),
          "mm");
    }
    CaseworkExchange exchange = node.node().bean(CaseworkExchange.class);
    TransactionTemplate transaction =
        new TransactionTemplate(node.node().bean(PlatformTransactionManager.class));
    CaseworkObject stray =
        version(CaseworkStixType.CASE, Set.of(TH), CASE.formatted(person, "rescued", RESCUED));
    CaseworkExchange.Reception strayCase =
        transaction.execute(status -> exchange.receive(stray, TH, "mm", "mm"));
    assertThat(strayCase).isInstanceOf(CaseworkExchange.Refused.class);
    assertThat(((CaseworkExchange.Refused) strayCase).reason()).contains("did not reach");
    CaseworkObject noAgency =
        version(
            CaseworkStixType.CASE_EVENT,
            Set.of(TH),
            "{\"case\": \"" + person + "\", \"event\": {\"type\": \"repatriated\"}}");
    CaseworkExchange.Reception event =
        transaction.execute(status -> exchange.receive(noAgency, TH, "mm", "mm"));
    assertThat(event).isInstanceOf(CaseworkExchange.Refused.class);
    assertThat(((CaseworkExchange.Refused) event).reason()).contains("no case");
    CaseworkObject held = person("CHN", Set.of(TH));
    CaseworkObject broken =
        version(
            CaseworkStixType.CASE,
            Set.of(TH),
            CASE.formatted(
                held.id(),
                "repatriated",
                RESCUED
                    + ", "
                    + RESCUED
                        .replace("rescued", "repatriated")
                        .replace("08:00", "09:00")
                        .replace("}", ", \"country\": \"CN\"}")));
    CaseworkExchange.Reception lifecycle =
        transaction.execute(
            status -> {
              assertThat(exchange.receive(held, TH, "mm", "mm"))
                  .isInstanceOf(CaseworkExchange.Stored.class);
              CaseworkExchange.Reception r = exchange.receive(broken, TH, "mm", "mm");
              status.setRollbackOnly();
              return r;
            });
    assertThat(lifecycle).isInstanceOf(CaseworkExchange.Refused.class);
    assertThat(((CaseworkExchange.Refused) lifecycle).reason())
        .contains("breaks the lifecycle", "cannot become repatriated");
    JdbcClient jdbc = node.node().bean(JdbcClient.class);
    for (UUID id : List.of(stray.id(), noAgency.id(), broken.id())) {
      assertThat(
              jdbc.sql("SELECT count(*) FROM casework_received WHERE record_id = ?")
                  .param(id)
                  .query(Long.class)
                  .single())
          .isZero();
      assertThat(
              jdbc.sql("SELECT count(*) FROM casework_case WHERE id = ?")
                  .param(id)
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }

  private static void assertRefused(ObjectIngest.Verdict verdict, RefusalReason reason) {
    assertThat(verdict).isInstanceOf(ObjectIngest.Refuse.class);
    ObjectIngest.Refuse refuse = (ObjectIngest.Refuse) verdict;
    assertThat(refuse.reason()).isEqualTo(reason);
    assertThat(refuse.detail()).isNotBlank();
  }
}
