package org.mekong.core.legal;

/** The outcome of a change asked of a record: the changed record, or why it was refused. */
public sealed interface Change<T> permits Change.Done, Change.Refused {

  /** The record after the change. */
  record Done<T>(T record) implements Change<T> {}

  /** The change was refused, for this reason (safe to show to the asker). */
  record Refused<T>(String reason) implements Change<T> {}
}
