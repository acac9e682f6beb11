package org.mekong.core.selector.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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

  private static final int MAX_LENGTH = 17;

  /** The number types of description bits 1 to 8, in libphonenumber's order of trying them. */
  private static final @Nullable PhoneNumberType[] BY_BIT = {
    null,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
    PhoneNumberType.PAGER,
    PhoneNumberType.UAN,
    PhoneNumberType.VOICEMAIL
  };

  private static final int FIXED_LINE_BIT = 9;
  private static final int MOBILE_BIT = 10;

  /** The region libphonenumber assigns a valid number and the number's type. */
  record Described(String region, PhoneNumberType type) {}

  /**
   * One region sharing the calling code. {@code descriptions} matches the general description (bit
   * 0) and every number-type description (bits 1 and up) in one pass; {@code lengths[n]} has the
   * bits of the descriptions whose possible lengths admit {@code n} digits.
   */
  private static final class RegionPlan {
    private final String regionCode;
    private final boolean sameMobileAndFixedLine;
    private final @Nullable DigitDfa leadingDigits;
    private final DigitDfa descriptions;
    private final int[] lengths;

    RegionPlan(
        String regionCode,
        boolean sameMobileAndFixedLine,
        @Nullable DigitDfa leadingDigits,
        DigitDfa descriptions,
        int[] lengths) {
      this.regionCode = regionCode;
      this.sameMobileAndFixedLine = sameMobileAndFixedLine;
      this.leadingDigits = leadingDigits;
      this.descriptions = descriptions;
      this.lengths = lengths;
    }

    /**
     * libphonenumber's {@code getNumberTypeHelper}: the first of premium rate, toll free, shared
     * cost, VoIP, personal number, pager, UAN and voicemail that matches (bits 1 to 8), else fixed
     * line (bit 9) and mobile (bit 10, or the same pattern); {@code null} for UNKNOWN.
     */
    @Nullable PhoneNumberType type(byte[] s, int from, int to) {
      int length = to - from;
      if (length >= lengths.length) {
        return null;
      }
      int matched = descriptions.run(s, from, to) & lengths[length];
      if ((matched & 1) == 0) {
        return null;
      }
      for (int bit = 1; bit < BY_BIT.length; bit++) {
        if ((matched & (1 << bit)) != 0) {
          return BY_BIT[bit];
        }
      }
      boolean mobile = (matched & (1 << MOBILE_BIT)) != 0;
      if ((matched & (1 << FIXED_LINE_BIT)) != 0) {
        return sameMobileAndFixedLine || mobile
            ? PhoneNumberType.FIXED_LINE_OR_MOBILE
            : PhoneNumberType.FIXED_LINE;
      }
      return mobile ? PhoneNumberType.MOBILE : null;
    }

    void write(DataOutputStream out) throws IOException {
      out.writeUTF(regionCode);
      out.writeBoolean(sameMobileAndFixedLine);
      PlanTable.writeOptional(out, leadingDigits);
      descriptions.write(out);
      PlanTable.writeInts(out, lengths);
    }

    static RegionPlan read(ByteBuffer in) {
      String regionCode = PlanTable.readString(in);
      boolean same = in.get() != 0;
      DigitDfa leading = PlanTable.readOptional(in);
      DigitDfa descriptions = DigitDfa.read(in);
      int[] lengths = PlanTable.readInts(in);
      if (lengths.length != MAX_LENGTH + 1) {
        throw new IllegalArgumentException("lengths up to " + (lengths.length - 1));
      }
      return new RegionPlan(regionCode, same, leading, descriptions, lengths);
    }

    /** libphonenumber's {@code getNumberTypeHelper(...) != UNKNOWN}. */
    boolean hasKnownType(byte[] s, int from, int to) {
      int length = to - from;
      if (length >= lengths.length) {
        return false;
      }
      int matched = descriptions.run(s, from, to) & lengths[length];
      return (matched & 1) != 0 && (matched >>> 1) != 0;
    }
  }

  private final RegionPlan[] regions;
  private final @Nullable NationalPrefixProbe nationalPrefix;
  private final @Nullable LiteralNationalPrefix literalPrefix;

  private CallingCodePlan(
      RegionPlan[] regions,
      @Nullable NationalPrefixProbe nationalPrefix,
      @Nullable LiteralNationalPrefix literalPrefix) {
    this.regions = regions;
    this.nationalPrefix = nationalPrefix;
    this.literalPrefix = literalPrefix;
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
      List<PhoneNumberDesc> descs =
          new ArrayList<>(
              List.of(
                  metadata.getGeneralDesc(),
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
        // libphonenumber tries mobile only when its pattern differs from fixed-line
        descs.add(metadata.getMobile());
      }
      RegionPlan plan =
          region(regionCode, metadata.getSameMobileAndFixedLinePattern(), leading, descs);
      if (plan == null) {
        return null;
      }
      plans.add(plan);
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
    // the main region comes first among the regions of a calling code
    LiteralNationalPrefix literal =
        probe == null ? null : LiteralNationalPrefix.of(main, plans.get(0).descriptions);
    return new CallingCodePlan(plans.toArray(new RegionPlan[0]), probe, literal);
  }

  /** Writes the plan for {@link #read}. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(regions.length);
    for (RegionPlan region : regions) {
      region.write(out);
    }
    PlanTable.writeFlag(out, nationalPrefix != null);
    if (nationalPrefix != null) {
      nationalPrefix.write(out);
    }
    PlanTable.writeFlag(out, literalPrefix != null);
    if (literalPrefix != null) {
      literalPrefix.write(out);
    }
  }

  /**
   * A plan as {@link #write} wrote it.
   *
   * @throws IllegalArgumentException when the bytes are not one
   */
  static CallingCodePlan read(ByteBuffer in) {
    int count = PlanTable.readCount(in);
    if (count == 0) {
      throw new IllegalArgumentException("a plan without regions");
    }
    RegionPlan[] regions = new RegionPlan[count];
    for (int i = 0; i < count; i++) {
      regions[i] = RegionPlan.read(in);
    }
    NationalPrefixProbe probe = in.get() != 0 ? NationalPrefixProbe.read(in) : null;
    LiteralNationalPrefix literal =
        in.get() != 0 ? LiteralNationalPrefix.read(in, regions[0].descriptions) : null;
    return new CallingCodePlan(regions, probe, literal);
  }

  /** Whether libphonenumber's national-prefix stripping could touch {@code s[from, to)}. */
  private boolean nationalPrefixMayApply(byte[] s, int from, int to) {
    return nationalPrefix != null && nationalPrefix.mayMatchNonEmpty(s, from, to);
  }

  /**
   * Where the national number {@code s[from, to)} starts after libphonenumber's national-prefix
   * stripping, or -1 when only libphonenumber can tell.
   */
  int nationalNumberStart(byte[] s, int from, int to) {
    if (!nationalPrefixMayApply(s, from, to)) {
      return from;
    }
    return literalPrefix == null ? -1 : literalPrefix.strip(s, from, to);
  }

  /**
   * libphonenumber's {@code isValidNumber} for the national significant number {@code s[from, to)}.
   */
  boolean isValid(byte[] s, int from, int to) {
    if (regions.length == 1) {
      return regions[0].hasKnownType(s, from, to);
    }
    for (RegionPlan region : regions) {
      DigitDfa leadingDigits = region.leadingDigits;
      if (leadingDigits != null) {
        if (leadingDigits.matchesPrefix(s, from, to)) {
          return region.hasKnownType(s, from, to);
        }
      } else if (region.hasKnownType(s, from, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * libphonenumber's {@code getRegionCodeForNumber} and {@code getNumberType} for the national
   * significant number {@code s[from, to)}; {@code null} when the number is not valid.
   */
  @Nullable Described describe(byte[] s, int from, int to) {
    if (regions.length == 1) {
      return described(regions[0], s, from, to);
    }
    for (RegionPlan region : regions) {
      DigitDfa leadingDigits = region.leadingDigits;
      if (leadingDigits != null) {
        if (leadingDigits.matchesPrefix(s, from, to)) {
          return described(region, s, from, to);
        }
      } else {
        Described described = described(region, s, from, to);
        if (described != null) {
          return described;
        }
      }
    }
    return null;
  }

  private static @Nullable Described described(RegionPlan region, byte[] s, int from, int to) {
    PhoneNumberType type = region.type(s, from, to);
    return type == null ? null : new Described(region.regionCode, type);
  }

  private static @Nullable PhoneMetadata metadata(
      int callingCode, String regionCode, MetadataSource source) {
    return PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(regionCode)
        ? source.getMetadataForNonGeographicalRegion(callingCode)
        : source.getMetadataForRegion(regionCode);
  }

  private static @Nullable RegionPlan region(
      String regionCode,
      boolean sameMobileAndFixedLine,
      @Nullable DigitDfa leading,
      List<PhoneNumberDesc> descs) {
    List<String> patterns = new ArrayList<>();
    int[] lengths = new int[MAX_LENGTH + 1];
    for (int i = 0; i < descs.size(); i++) {
      PhoneNumberDesc desc = descs.get(i);
      // an empty pattern never matches (libphonenumber's RegexBasedMatcher); "x" matches no digit
      patterns.add(
          desc.getNationalNumberPattern().isEmpty() ? "x" : desc.getNationalNumberPattern());
      List<Integer> possible = desc.getPossibleLengthList();
      for (int length = 0; length <= MAX_LENGTH; length++) {
        if (possible.isEmpty() || possible.contains(length)) {
          lengths[length] |= 1 << i;
        }
      }
    }
    DigitDfa dfa = DigitDfa.compileUnion(patterns);
    return dfa == null
        ? null
        : new RegionPlan(regionCode, sameMobileAndFixedLine, leading, dfa, lengths);
  }
}
