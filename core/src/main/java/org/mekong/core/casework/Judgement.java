package org.mekong.core.casework;

/** A person's judgement of a proposed duplicate: the same person, a different one, or undecided. */
public enum Judgement {
  SAME,
  DIFFERENT,
  UNDECIDED
}
