package org.mekong.core.casework;

/** The outcome of applying an event to a case: the case after it, or why it was refused. */
public sealed interface Transition {

  /** The event was accepted; {@code file} is the case after it. */
  record Accepted(CaseFile file) implements Transition {}

  /** The event was refused; {@code reason} says why, for the person who sent it. */
  record Refused(String reason) implements Transition {}
}
