package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.support.TestNodes;

/** What the partner store keeps in PostgreSQL. */
class PartnerStoreTest {

  private final PartnerStore store = TestNodes.shared().node().bean(PartnerStore.class);
  private final AgencyId ccib = new AgencyId("th-ccib");

  @Test
  void refusalsArePrunedToTheNewestOfEachPartner() {
    String partner = "prune-" + Long.toString(System.nanoTime(), 36);
    String other = partner + "-b";
    store.put(new Partner(partner, URI.create("http://127.0.0.1:9/"), 3600, Map.of()));
    store.put(new Partner(other, URI.create("http://127.0.0.1:9/"), 3600, Map.of()));
    try {
      for (int i = 0; i < 8; i++) {
        store.refuse(partner, "indicator--" + i, null, ccib, RefusalReason.OWN_OBJECT, "own");
        store.refuse(other, "indicator--" + i, null, ccib, RefusalReason.OWN_OBJECT, "own");
      }
      store.pruneRefusals(partner, 3);

      assertThat(store.refusals(partner, 100))
          .extracting(PartnerStore.Refusal::objectId)
          .containsExactly("indicator--7", "indicator--6", "indicator--5");
      assertThat(store.refusals(other, 100)).as("another partner's refusals stay").hasSize(8);

      store.pruneRefusals(partner, 3);
      assertThat(store.refusals(partner, 100)).hasSize(3);
      store.pruneRefusals(other, 100);
      assertThat(store.refusals(other, 100)).as("fewer than kept: nothing goes").hasSize(8);
    } finally {
      store.delete(partner);
      store.delete(other);
    }
  }
}
