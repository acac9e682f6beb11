package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.stix.CaseworkObject;
import org.mekong.core.stix.CaseworkStixType;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.casework.CaseworkExchange;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event a partner's agency recorded on its copy of a case of this node comes back once: the same
 * event delivered again changes nothing, and an event the case's lifecycle refuses is refused with
 * the reason and leaves the case as it was.
 */
class CaseEventReturnTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AgencyId POLICE = new AgencyId("mm-police");
  private static final AgencyId PARTNER = new AgencyId("cr-th-nia");
  private static final String PARTNER_NODE = "cr-th";

  @Test
  void anEventFromTheReceiverIsAppliedOnceAndOneTheLifecycleRefusesIsRefused() {
    SeededNode seeded = TestNodes.shared();
    AgencyDirectory agencies = seeded.node().bean(AgencyDirectory.class);
    if (agencies.find(PARTNER.value()).isEmpty()) {
      agencies.create(
          new Agency(PARTNER, "Partner immigration", new CountryCode("TH"), AgencyKind.IMMIGRATION),
          PARTNER_NODE);
    }
    Http http = seeded.http();
    String police = seeded.keyOf(POLICE.value());
    Http.Response agreement =
        http.post(
            "/api/v1/admin/agreements",
            seeded.adminKey(),
            """
            {"from": "mm-police", "to": "cr-th-nia", "categories": ["recruitment-lure"],
             "upTo": "amber"}""");
    assertThat(agreement.status()).as(agreement.body()).isIn(200, 201, 409);
    String person =
        created(
            http.post(
                "/api/v1/casework/persons",
                police,
                "{\"names\": [\"Li Na Returned\"], \"nationalities\": [\"CHN\"]}"));
    String caseId =
        created(
            http.post(
                "/api/v1/casework/cases",
                police,
                "{\"person\": \""
                    + person
                    + "\", \"event\": {\"type\": \"located\", \"actingPerson\": \"Aung\","
                    + " \"at\": \"2026-10-20T08:00:00Z\", \"place\": \"KK Park\"}}"));
    Http.Response consent =
        http.post(
            "/api/v1/casework/persons/" + person + "/consent",
            police,
            "{\"kind\": \"given\", \"recordedBy\": \"Daw Khin\"}");
    assertThat(consent.status()).as(consent.body()).isIn(200, 201);
    created(
        http.post(
            "/api/v1/casework/manifests",
            police,
            "{\"receiving\": \"cr-th-nia\", \"transport\": {\"mode\": \"road\"},"
                + " \"date\": \"2026-10-21\", \"place\": \"Friendship Bridge\","
                + " \"actingPerson\": \"Aung\", \"persons\": [\""
                + person
                + "\"]}"));

    CaseworkObject rescued = event(caseId, "rescued", "2026-10-22T08:00:00Z", "");
    assertThat(receive(seeded, rescued)).isInstanceOf(CaseworkExchange.Stored.class);
    assertThat(receive(seeded, rescued))
        .as("the same version delivered again")
        .isInstanceOf(CaseworkExchange.Unchanged.class);
    assertThat(receive(seeded, event(caseId, "rescued", "2026-10-22T08:00:00Z", "")))
        .as("the same event in another version")
        .isInstanceOf(CaseworkExchange.Unchanged.class);
    assertThat(types(http, police, caseId)).containsExactly("located", "rescued");

    CaseworkExchange.Reception closed =
        receive(
            seeded, event(caseId, "closed", "2026-10-23T08:00:00Z", ", \"reason\": \"returned\""));
    assertThat(closed).isInstanceOf(CaseworkExchange.Refused.class);
    assertThat(((CaseworkExchange.Refused) closed).reason())
        .contains("cannot become closed", "identified");
    assertThat(types(http, police, caseId)).containsExactly("located", "rescued");
  }

  /** An event by the partner's agency on the case; {@code more} adds fields to the event. */
  private static CaseworkObject event(String caseId, String type, String at, String more) {
    Instant now = Instant.parse("2026-10-24T08:00:00Z");
    return new CaseworkObject(
        CaseworkStixType.CASE_EVENT,
        UUID.randomUUID(),
        PARTNER,
        now,
        now,
        1,
        Set.of(POLICE),
        null,
        false,
        (ObjectNode)
            JSON.readTree(
                "{\"case\": \""
                    + caseId
                    + "\", \"event\": {\"type\": \""
                    + type
                    + "\", \"agency\": \"cr-th-nia\", \"actingPerson\": \"Somchai\", \"at\": \""
                    + at
                    + "\", \"place\": \"Mae Sot\""
                    + more
                    + "}}"));
  }

  private static CaseworkExchange.Reception receive(SeededNode seeded, CaseworkObject object) {
    CaseworkExchange exchange = seeded.node().bean(CaseworkExchange.class);
    TransactionTemplate transaction =
        new TransactionTemplate(seeded.node().bean(PlatformTransactionManager.class));
    return transaction.execute(
        status -> exchange.receive(object, POLICE, PARTNER_NODE, PARTNER_NODE));
  }

  private static java.util.List<String> types(Http http, String key, String caseId) {
    JsonNode found = http.get("/api/v1/casework/cases/" + caseId, key).json();
    return found.path("timeline").valueStream().map(e -> e.path("type").asString()).toList();
  }

  private static String created(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }
}
