package org.mekong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

  private static List<StoredAuditEntry> chain(int length) {
    List<StoredAuditEntry> stored = new ArrayList<>();
    AuditHash previous = AuditHash.GENESIS;
    for (int i = 1; i <= length; i++) {
      AuditEntry entry =
          new AuditEntry(
              i,
              Instant.parse("2026-11-28T10:00:00.123456789Z").plusSeconds(i),
              "th-ccib",
              "GET /api/v1/whoami",
              "agency",
              "th-ccib",
              "200");
      AuditHash hash = AuditChain.link(previous, entry);
      stored.add(new StoredAuditEntry(entry, previous, hash));
      previous = hash;
    }
    return stored;
  }

  private static AuditVerification verify(
      List<StoredAuditEntry> stored, long headSeq, AuditHash head) {
    AuditChainVerifier verifier = new AuditChainVerifier();
    stored.forEach(verifier::accept);
    return verifier.finish(headSeq, head);
  }

  private static AuditVerification verify(List<StoredAuditEntry> stored) {
    StoredAuditEntry last = stored.getLast();
    return verify(stored, last.entry().sequence(), last.hash());
  }

  @Test
  void anIntactChainVerifies() {
    List<StoredAuditEntry> stored = chain(5);
    assertThat(verify(stored)).isEqualTo(new AuditVerification.Intact(5, stored.getLast().hash()));
  }

  @Test
  void anEmptyLogVerifies() {
    assertThat(verify(List.of(), 0, AuditHash.GENESIS))
        .isEqualTo(new AuditVerification.Intact(0, AuditHash.GENESIS));
  }

  @Test
  void timeIsHashedAtMicrosecondPrecision() {
    AuditEntry entry =
        new AuditEntry(1, Instant.parse("2026-01-01T00:00:00.123456789Z"), "a", "b", "c", "d", "e");
    assertThat(entry.at()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
  }

  @Test
  void alteringOneFieldIsDetectedAndNamed() {
    List<StoredAuditEntry> stored = chain(5);
    StoredAuditEntry third = stored.get(2);
    AuditEntry e = third.entry();
    stored.set(
        2,
        new StoredAuditEntry(
            new AuditEntry(
                e.sequence(),
                e.at(),
                "cn-mps",
                e.action(),
                e.objectType(),
                e.objectId(),
                e.outcome()),
            third.previousHash(),
            third.hash()));
    assertThat(verify(stored))
        .isInstanceOfSatisfying(
            AuditVerification.Broken.class,
            broken -> {
              assertThat(broken.sequence()).isEqualTo(3);
              assertThat(broken.reason()).contains("entry 3 was altered");
            });
  }

  @Test
  void rehashingAnAlteredEntryBreaksTheNextLink() {
    List<StoredAuditEntry> stored = chain(5);
    StoredAuditEntry third = stored.get(2);
    AuditEntry e = third.entry();
    AuditEntry forged =
        new AuditEntry(
            e.sequence(), e.at(), "cn-mps", e.action(), e.objectType(), e.objectId(), e.outcome());
    stored.set(
        2,
        new StoredAuditEntry(
            forged, third.previousHash(), AuditChain.link(third.previousHash(), forged)));
    assertThat(verify(stored))
        .isInstanceOfSatisfying(
            AuditVerification.Broken.class, broken -> assertThat(broken.sequence()).isEqualTo(4));
  }

  @Test
  void deletingAnEntryIsDetectedAndNamed() {
    List<StoredAuditEntry> stored = chain(5);
    stored.remove(1);
    assertThat(verify(stored))
        .isEqualTo(
            new AuditVerification.Broken(2, "entry 2 is missing (the next stored entry is 3)"));
  }

  @Test
  void deletingTheLastEntryIsDetectedThroughTheHead() {
    List<StoredAuditEntry> stored = chain(5);
    StoredAuditEntry last = stored.removeLast();
    assertThat(verify(stored, 5, last.hash()))
        .isInstanceOfSatisfying(
            AuditVerification.Broken.class, broken -> assertThat(broken.sequence()).isEqualTo(5));
  }

  @Test
  void reorderingTwoEntriesIsDetected() {
    List<StoredAuditEntry> stored = chain(5);
    Collections.swap(stored, 1, 3);
    assertThat(verify(stored))
        .isInstanceOfSatisfying(
            AuditVerification.Broken.class, broken -> assertThat(broken.sequence()).isEqualTo(2));
  }

  @Test
  void swappingContentBetweenSequenceNumbersIsDetected() {
    List<StoredAuditEntry> stored = chain(5);
    StoredAuditEntry second = stored.get(1);
    StoredAuditEntry fourth = stored.get(3);
    AuditEntry a = second.entry();
    AuditEntry b = fourth.entry();
    stored.set(
        1,
        new StoredAuditEntry(
            new AuditEntry(
                2, b.at(), b.actor(), b.action(), b.objectType(), b.objectId(), b.outcome()),
            second.previousHash(),
            second.hash()));
    stored.set(
        3,
        new StoredAuditEntry(
            new AuditEntry(
                4, a.at(), a.actor(), a.action(), a.objectType(), a.objectId(), a.outcome()),
            fourth.previousHash(),
            fourth.hash()));
    assertThat(verify(stored))
        .isInstanceOfSatisfying(
            AuditVerification.Broken.class, broken -> assertThat(broken.sequence()).isEqualTo(2));
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    AuditHash one =
        AuditChain.link(AuditHash.GENESIS, new AuditEntry(1, at, "ab", "c", "x", "y", "z"));
    AuditHash two =
        AuditChain.link(AuditHash.GENESIS, new AuditEntry(1, at, "a", "bc", "x", "y", "z"));
    assertThat(one).isNotEqualTo(two);
  }
}
