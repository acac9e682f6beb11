package org.mekong.core.casework;

import org.jspecify.annotations.Nullable;

/**
 * Where one person of a manifest stands: pending until the receiving agency accepts or refuses them
 * (with a reason), then handed over once the sending authority passes them across.
 */
public enum EntryStatus {
  PENDING,
  ACCEPTED,
  REFUSED,
  HANDED_OVER;

  /** Which side of the manifest records a move to a status. */
  public enum Side {
    SENDING,
    RECEIVING
  }

  /** The side that records a move to this status. */
  public Side recordedBy() {
    return switch (this) {
      case ACCEPTED, REFUSED -> Side.RECEIVING;
      case PENDING, HANDED_OVER -> Side.SENDING;
    };
  }

  /** Why an entry that is {@code this} cannot become {@code to}, or null when it can. */
  public @Nullable String refusal(EntryStatus to) {
    boolean allowed =
        switch (this) {
          case PENDING -> to == ACCEPTED || to == REFUSED;
          case ACCEPTED -> to == HANDED_OVER || to == REFUSED;
          case REFUSED -> to == ACCEPTED;
          case HANDED_OVER -> false;
        };
    if (allowed) {
      return null;
    }
    return this == HANDED_OVER
        ? "the person was already handed over"
        : "a person who is " + Codes.of(this) + " cannot become " + Codes.of(to);
  }
}
