package org.mekong.core.selector.extract;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * Finds phone numbers with libphonenumber's matcher (leniency {@code VALID}): international numbers
 * always, national ones with a region hint.
 */
final class PhoneScanner {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneScanner() {}

  static void scan(String text, @Nullable String region, List<Candidate> out) {
    for (PhoneNumberMatch match :
        UTIL.findNumbers(text, region == null ? "ZZ" : region, Leniency.VALID, Long.MAX_VALUE)) {
      String e164 = UTIL.format(match.number(), PhoneNumberFormat.E164);
      if (Selectors.parse(e164, SelectorType.PHONE, null) instanceof Parsed.Valid valid) {
        out.add(new Candidate(match.start(), match.end(), valid));
      }
    }
  }
}
