package org.mekong.core.audit;

import org.jspecify.annotations.Nullable;

/**
 * Walks stored audit entries in sequence order and names the first one that does not fit the chain:
 * a missing or repeated sequence number, a link that does not point at the entry before, or content
 * that no longer hashes to what was stored.
 *
 * <p>Feed it every entry in ascending sequence order, then ask {@link #finish} with the head that
 * the store records separately, so that a truncated tail is caught too.
 */
public final class AuditChainVerifier {

  private long expectedSequence = 1;
  private AuditHash previous = AuditHash.GENESIS;
  private AuditVerification.@Nullable Broken broken;

  /** Checks the next entry; returns false once the chain is broken (later entries are ignored). */
  public boolean accept(StoredAuditEntry stored) {
    if (broken != null) {
      return false;
    }
    long sequence = stored.entry().sequence();
    if (sequence != expectedSequence) {
      broken =
          new AuditVerification.Broken(
              expectedSequence,
              sequence > expectedSequence
                  ? "entry %d is missing (the next stored entry is %d)"
                      .formatted(expectedSequence, sequence)
                  : "entry %d appears out of order after entry %d"
                      .formatted(sequence, expectedSequence - 1));
      return false;
    }
    if (!stored.previousHash().equals(previous)) {
      broken =
          new AuditVerification.Broken(
              sequence,
              "entry %d does not link to entry %d: its previous hash is %s, expected %s"
                  .formatted(sequence, sequence - 1, stored.previousHash(), previous));
      return false;
    }
    AuditHash recomputed = AuditChain.link(previous, stored.entry());
    if (!recomputed.equals(stored.hash())) {
      broken =
          new AuditVerification.Broken(
              sequence,
              "entry %d was altered: its content hashes to %s, but %s was stored"
                  .formatted(sequence, recomputed, stored.hash()));
      return false;
    }
    previous = recomputed;
    expectedSequence++;
    return true;
  }

  /**
   * The verdict, given the last sequence number and hash that the store's head records (0 and
   * {@link AuditHash#GENESIS} for an empty log).
   */
  public AuditVerification finish(long headSequence, AuditHash headHash) {
    if (broken != null) {
      return broken;
    }
    long last = expectedSequence - 1;
    if (headSequence != last) {
      return new AuditVerification.Broken(
          Math.min(headSequence, last) + 1,
          "the log ends at entry %d but its head records entry %d: entries were removed or added"
              .formatted(last, headSequence));
    }
    if (!headHash.equals(previous)) {
      return new AuditVerification.Broken(
          last, "the head's hash %s does not match entry %d".formatted(headHash, last));
    }
    return new AuditVerification.Intact(last, previous);
  }
}
