package org.mekong.bench;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded sample of phone numbers as call records carry them: international digits with {@code +},
 * {@code 00} or no prefix; mostly numbers of the Mekong region and its neighbours in real ranges,
 * some of other countries, some invalid (wrong length, unassigned range, junk digits).
 */
final class CallRecords {

  private static final List<String> MEKONG =
      List.of("CN", "TH", "MM", "KH", "LA", "VN", "PH", "MY", "ID", "SG", "IN", "US");

  private CallRecords() {}

  static String[] sample(long seed, int size) {
    Random random = new Random(seed);
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> mekong = examples(util, MEKONG);
    List<String> world = examples(util, new ArrayList<>(util.getSupportedRegions()));
    String[] sample = new String[size];
    for (int i = 0; i < size; i++) {
      int kind = random.nextInt(100);
      String digits;
      if (kind < 70) {
        digits = randomTail(random, mekong.get(random.nextInt(mekong.size())));
      } else if (kind < 85) {
        digits = randomTail(random, world.get(random.nextInt(world.size())));
      } else if (kind < 95) {
        String base = mekong.get(random.nextInt(mekong.size()));
        digits =
            random.nextBoolean() ? base + random.nextInt(10) : base.substring(0, base.length() - 2);
      } else {
        digits = randomDigits(random, 6 + random.nextInt(10));
      }
      sample[i] =
          switch (random.nextInt(3)) {
            case 0 -> "+" + digits;
            case 1 -> "00" + digits;
            default -> digits;
          };
    }
    return sample;
  }

  private static List<String> examples(PhoneNumberUtil util, List<String> regions) {
    List<String> examples = new ArrayList<>();
    for (String region : regions) {
      for (PhoneNumberType type : List.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)) {
        PhoneNumber example = util.getExampleNumberForType(region, type);
        if (example != null) {
          examples.add(util.format(example, PhoneNumberFormat.E164).substring(1));
        }
      }
    }
    return examples;
  }

  private static String randomTail(Random random, String base) {
    int keep = Math.max(4, base.length() - 6);
    return base.substring(0, keep) + randomDigits(random, base.length() - keep);
  }

  private static String randomDigits(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }
}
