package org.mekong.server.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes.SeededNode;

/** Requests that casework tests repeat: a person with every field, a case event, an agency. */
final class CaseworkFixtures {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private CaseworkFixtures() {}

  /** A person of China with every field filled, created by {@code creator}; its id. */
  static String person(SeededNode node, String creator, String name) {
    Http.Response created =
        node.http()
            .post(
                "/api/v1/casework/persons",
                node.keyOf(creator),
                """
                {"names": ["%s", "Wang Xiaohong"], "birthDate": "1998-05", "sex": "female",
                 "nationalities": ["CHN"],
                 "documents": [{"type": "passport", "number": "E%07d", "issuingState": "CHN",
                                "expiry": "2030-01-31"}],
                 "languages": ["zh"], "contact": "+8613800000000", "needs": ["interpreter"],
                 "exploitation": {"recruitmentMethods": ["job-advertisement"],
                                  "recruitmentChannels": ["telegram"],
                                  "controlMethods": ["withheld-documents", "debt-bondage"],
                                  "types": ["forced-criminal-activity"]}}
                """
                    .formatted(name, COUNTER.incrementAndGet()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** A case event of {@code type} with whatever else it needs. */
  static String event(String type, String extra) {
    return """
        {"type": "%s", "actingPerson": "Pol. Maj. Aung", "at": "%s",
         "place": "Friendship Bridge"%s}
        """
        .formatted(
            type,
            java.time.Instant.parse("2025-10-22T00:00:00Z")
                .plusSeconds(60L * COUNTER.incrementAndGet()),
            extra);
  }

  /** Creates an own agency of the node and returns its API key. */
  static String agency(SeededNode node, String id, String country, AgencyKind kind) {
    AgencyDirectory directory = node.node().bean(AgencyDirectory.class);
    if (directory.find(id).isEmpty()) {
      directory.create(new Agency(new AgencyId(id), id, new CountryCode(country), kind));
    }
    return directory.issueKey(id, "test").secret().value();
  }
}
