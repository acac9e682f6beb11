package org.mekong.core.selector.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Call-record style phone inputs, valid and invalid, for many countries. */
final class CallRecordSample {

  private CallRecordSample() {}

  static List<String> generate(Random random, int size) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> bases = new ArrayList<>();
    for (String region : util.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber example = util.getExampleNumberForType(region, type);
        if (example != null) {
          bases.add(util.format(example, PhoneNumberFormat.E164).substring(1));
        }
      }
    }
    List<Integer> codes = new ArrayList<>(util.getSupportedCallingCodes());
    List<String> sample = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String digits;
      int kind = random.nextInt(10);
      if (kind < 6) {
        // a real range: keep the prefix of an example number, randomise the tail
        String base = bases.get(random.nextInt(bases.size()));
        int keep = Math.min(base.length(), 3 + random.nextInt(4));
        digits = base.substring(0, keep) + randomDigits(random, base.length() - keep);
      } else if (kind < 7) {
        int code = codes.get(random.nextInt(codes.size()));
        digits = code + randomDigits(random, 4 + random.nextInt(12));
      } else if (kind < 8) {
        // a national prefix after the calling code, which libphonenumber may strip
        String base = bases.get(random.nextInt(bases.size()));
        int code = random.nextInt(3) + 1;
        String prefix = random.nextBoolean() ? "0" : random.nextBoolean() ? "1" : "8";
        digits = base.substring(0, code) + prefix + base.substring(code);
      } else if (kind < 9) {
        String base = bases.get(random.nextInt(bases.size()));
        digits =
            random.nextBoolean() ? base + random.nextInt(10) : base.substring(0, base.length() - 1);
      } else {
        digits = randomDigits(random, 1 + random.nextInt(20));
      }
      sample.add(
          switch (random.nextInt(3)) {
            case 0 -> "+" + digits;
            case 1 -> "00" + digits;
            default -> digits;
          });
    }
    return sample;
  }

  private static String randomDigits(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }
}
