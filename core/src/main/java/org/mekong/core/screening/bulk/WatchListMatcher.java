package org.mekong.core.screening.bulk;

import java.util.List;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.Selector;

/** A {@link BulkMatcher} over a local {@link WatchList}; its pre-filters are exact. */
final class WatchListMatcher implements BulkMatcher {

  private final WatchList list;

  WatchListMatcher(WatchList list) {
    this.list = list;
  }

  @Override
  public List<BulkMatch> match(Selector selector) {
    List<ScreeningHit> hits = list.screen(selector);
    return hits.isEmpty() ? List.of() : hits.stream().map(BulkMatch::of).toList();
  }

  @Override
  public boolean mayHitPhone(long e164Digits) {
    return list.hitsPhone(e164Digits);
  }

  @Override
  public void mayHitPhones(long[] e164Digits, int count, boolean[] hits) {
    list.hitsPhones(e164Digits, count, hits);
  }

  @Override
  public boolean mayHitImei(long body) {
    return list.hitsImei(body);
  }

  @Override
  public boolean mayHitImsi(long imsi) {
    return list.hitsImsi(imsi);
  }
}
