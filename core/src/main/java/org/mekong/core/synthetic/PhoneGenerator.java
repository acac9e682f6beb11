package org.mekong.core.synthetic;

import java.util.random.RandomGenerator;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * Mobile numbers: a real mobile prefix of the region, then subscriber digits numbered through a
 * {@link Permutation} per region, so that no number repeats; libphonenumber must accept each one.
 */
final class PhoneGenerator {

  private static final int ATTEMPTS = 16;

  private final RandomGenerator random;
  private final Permutation[] subscribers = new Permutation[PhoneRegion.values().length];
  private final long[] counts = new long[PhoneRegion.values().length];

  PhoneGenerator(RandomGenerator random) {
    this.random = random;
    for (PhoneRegion region : PhoneRegion.values()) {
      subscribers[region.ordinal()] = new Permutation(pow10(region.subscriberDigits()), random);
    }
  }

  /** A new E.164 mobile number of {@code region}, spelt in national form when asked (TH only). */
  Spelled mobile(PhoneRegion region, boolean nationalForm) {
    int r = region.ordinal();
    String subscriber = Codecs.digits(subscribers[r].apply(counts[r]++), region.subscriberDigits());
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String prefix = region.mobilePrefixes().get(random.nextInt(region.mobilePrefixes().size()));
      String national = prefix + subscriber;
      boolean national0 = nationalForm && region == PhoneRegion.TH;
      String raw = national0 ? "0" + national : "+" + region.callingCode() + national;
      String hint = national0 ? "TH" : null;
      if (Selectors.parse(raw, SelectorType.PHONE, hint) instanceof Parsed.Valid valid) {
        return new Spelled(raw, hint, valid.selector());
      }
    }
    throw new IllegalStateException(
        "no valid " + region + " mobile number with subscriber digits " + subscriber);
  }

  /**
   * The subscriber digits of number #{@code index} of {@code region} among those that {@link
   * #mobile} never returns: numbered down from the top of the region's permutation while {@link
   * #mobile} numbers up, so that traffic can use numbers that are in no world of the seed.
   */
  String unlistedSubscriber(PhoneRegion region, long index) {
    Permutation permutation = subscribers[region.ordinal()];
    return Codecs.digits(
        permutation.apply(permutation.modulus() - 1 - index), region.subscriberDigits());
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
