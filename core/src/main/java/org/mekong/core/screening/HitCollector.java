package org.mekong.core.screening;

import java.util.ArrayList;
import java.util.List;

/** Collects the hits of one screening. */
final class HitCollector {

  private final List<Hit> hits = new ArrayList<>(2);

  EntrySink as(MatchKind kind, String matched) {
    return entry -> hits.add(new Hit(entry, kind, matched));
  }

  void add(int entry, MatchKind kind, String matched) {
    hits.add(new Hit(entry, kind, matched));
  }

  List<Hit> hits() {
    return List.copyOf(hits);
  }
}
