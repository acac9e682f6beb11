package org.mekong.core.screening.bulk;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a national number of a region ({@code 0812345678} in {@code TH}) can be read on the fast
 * path as its calling code followed by the national digits ({@code 660812345678}, whose national
 * prefix the fast path strips as libphonenumber does): only for the main region of its calling code
 * and when no international dialling prefix of the region starts with {@code 0} and a digit other
 * than {@code 0} (such a prefix would make libphonenumber read the number as international).
 */
final class NationalForm {

  private NationalForm() {}

  /**
   * The calling code to prefix, or null when national numbers of {@code region} go the slow way.
   */
  static @Nullable String callingCodeFor(@Nullable String region) {
    if (region == null) {
      return null;
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    int callingCode = util.getCountryCodeForRegion(region);
    PhoneMetadata metadata =
        DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource()
            .getMetadataForRegion(region);
    if (callingCode == 0 || metadata == null) {
      return null;
    }
    if (!region.equals(util.getRegionCodeForCountryCode(callingCode))) {
      return null;
    }
    Pattern idd = Pattern.compile(metadata.getInternationalPrefix());
    for (int d1 = 1; d1 <= 9; d1++) {
      for (int d2 = 0; d2 <= 9; d2++) {
        if (idd.matcher("0" + d1 + d2 + "123456789").lookingAt()) {
          return null;
        }
      }
    }
    return Integer.toString(callingCode);
  }
}
