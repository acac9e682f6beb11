package org.mekong.server.indicator;

import org.mekong.core.indicator.Indicator;

/** What publishing a draft did: a new indicator, a new version, or nothing new. */
public sealed interface PublishOutcome {

  /** The indicator as it stands after publishing. */
  Indicator indicator();

  /** A new indicator, version 1. */
  record Created(Indicator indicator) implements PublishOutcome {}

  /** A new version of an existing indicator. */
  record Updated(Indicator indicator) implements PublishOutcome {}

  /** The draft says what the current version says already. */
  record Unchanged(Indicator indicator) implements PublishOutcome {}
}
