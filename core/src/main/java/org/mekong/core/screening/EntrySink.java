package org.mekong.core.screening;

/** Receives the entry ids found under one key. */
@FunctionalInterface
interface EntrySink {
  void accept(int entry);
}
