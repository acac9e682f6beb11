package org.mekong.core.requests;

import org.mekong.core.selector.Selector;

/** One thing a request asks the recipient to act on: a selector, a cell site or a terminal. */
public sealed interface Target permits Target.OfSelector, CellSite, SatelliteTerminal {

  /** The target's type code: a selector type, {@code cell-site} or {@code satellite-terminal}. */
  String type();

  /** Its canonical form. */
  String canonical();

  /** {@code type:canonical}, which names the target in an execution report. */
  default String key() {
    return type() + ":" + canonical();
  }

  /** A selector as a target. */
  record OfSelector(Selector selector) implements Target {
    public OfSelector {
      java.util.Objects.requireNonNull(selector, "selector");
    }

    @Override
    public String type() {
      return selector.type().code();
    }

    @Override
    public String canonical() {
      return selector.canonical();
    }
  }
}
