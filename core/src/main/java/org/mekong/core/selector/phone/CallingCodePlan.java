package org.mekong.core.selector.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What libphonenumber's {@code isValidNumber} needs for one country calling code, compiled to digit
 * automata: for each region (in libphonenumber's order) its leading-digits pattern and its
 * number-type descriptions, plus a probe that tells when national-prefix stripping could change the
 * national number (then the fast path defers to libphonenumber).
 */
final class CallingCodePlan {

  /** A number description: pattern plus the possible lengths that guard it. */
  private record Desc(DigitDfa dfa, int lengths, boolean anyLength) {
    boolean matches(CharSequence s, int from, int to) {
      int length = to - from;
      if (!anyLength && (length > 31 || (lengths & (1 << length)) == 0)) {
        return false;
      }
      return dfa.matches(s, from, to);
    }
  }

  /** One region sharing the calling code. */
  private record RegionPlan(
      @Nullable DigitDfa leadingDigits, @Nullable Desc general, Desc[] types) {
    boolean hasKnownType(CharSequence s, int from, int to) {
      if (general == null || !general.matches(s, from, to)) {
        return false;
      }
      for (Desc type : types) {
        if (type.matches(s, from, to)) {
          return true;
        }
      }
      return false;
    }
  }

  private final RegionPlan[] regions;
  private final @Nullable NationalPrefixProbe nationalPrefix;

  private CallingCodePlan(RegionPlan[] regions, @Nullable NationalPrefixProbe nationalPrefix) {
    this.regions = regions;
    this.nationalPrefix = nationalPrefix;
  }

  /** Compiles the plan; {@code null} when some pattern is outside the supported subset. */
  static @Nullable CallingCodePlan compile(
      int callingCode, PhoneNumberUtil util, MetadataSource source) {
    List<String> regionCodes = util.getRegionCodesForCountryCode(callingCode);
    if (regionCodes.isEmpty()) {
      return null;
    }
    List<RegionPlan> plans = new ArrayList<>();
    for (String regionCode : regionCodes) {
      PhoneMetadata metadata = metadata(callingCode, regionCode, source);
      if (metadata == null) {
        return null;
      }
      DigitDfa leading = null;
      if (metadata.hasLeadingDigits()) {
        leading = DigitDfa.compile(metadata.getLeadingDigits());
        if (leading == null) {
          return null;
        }
      }
      Desc general = null;
      if (!metadata.getGeneralDesc().getNationalNumberPattern().isEmpty()) {
        general = desc(metadata.getGeneralDesc());
        if (general == null) {
          return null;
        }
      }
      List<PhoneNumberDesc> typeDescs =
          new ArrayList<>(
              List.of(
                  metadata.getPremiumRate(),
                  metadata.getTollFree(),
                  metadata.getSharedCost(),
                  metadata.getVoip(),
                  metadata.getPersonalNumber(),
                  metadata.getPager(),
                  metadata.getUan(),
                  metadata.getVoicemail(),
                  metadata.getFixedLine()));
      if (!metadata.getSameMobileAndFixedLinePattern()) {
        typeDescs.add(metadata.getMobile());
      }
      List<Desc> types = new ArrayList<>();
      for (PhoneNumberDesc d : typeDescs) {
        if (d.getNationalNumberPattern().isEmpty()) {
          continue;
        }
        Desc compiled = desc(d);
        if (compiled == null) {
          return null;
        }
        types.add(compiled);
      }
      plans.add(new RegionPlan(leading, general, types.toArray(new Desc[0])));
    }
    PhoneMetadata main =
        metadata(callingCode, util.getRegionCodeForCountryCode(callingCode), source);
    if (main == null) {
      return null;
    }
    NationalPrefixProbe probe = null;
    if (!main.getNationalPrefixForParsing().isEmpty()) {
      probe = NationalPrefixProbe.compile(main.getNationalPrefixForParsing());
      if (probe == null) {
        return null;
      }
    }
    return new CallingCodePlan(plans.toArray(new RegionPlan[0]), probe);
  }

  /** Whether libphonenumber's national-prefix stripping could touch {@code s[from, to)}. */
  boolean nationalPrefixMayApply(CharSequence s, int from, int to) {
    return nationalPrefix != null && nationalPrefix.lookingAt(s, from, to);
  }

  /**
   * libphonenumber's {@code isValidNumber} for the national significant number {@code s[from, to)}.
   */
  boolean isValid(CharSequence s, int from, int to) {
    if (regions.length == 1) {
      return regions[0].hasKnownType(s, from, to);
    }
    for (RegionPlan region : regions) {
      if (region.leadingDigits() != null) {
        if (region.leadingDigits().matchesPrefix(s, from, to)) {
          return region.hasKnownType(s, from, to);
        }
      } else if (region.hasKnownType(s, from, to)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable PhoneMetadata metadata(
      int callingCode, String regionCode, MetadataSource source) {
    return PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(regionCode)
        ? source.getMetadataForNonGeographicalRegion(callingCode)
        : source.getMetadataForRegion(regionCode);
  }

  private static @Nullable Desc desc(PhoneNumberDesc desc) {
    DigitDfa dfa = DigitDfa.compile(desc.getNationalNumberPattern());
    if (dfa == null) {
      return null;
    }
    int lengths = 0;
    for (int length : desc.getPossibleLengthList()) {
      if (length >= 0 && length < 31) {
        lengths |= 1 << length;
      }
    }
    return new Desc(dfa, lengths, desc.getPossibleLengthList().isEmpty());
  }
}
