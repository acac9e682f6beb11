package org.mekong.core.casework;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.SocialAccount;

/**
 * The recruiter's handle, phone number or account as the person told it, with the channel it was
 * used on and, optionally, the selector type and region that read it (as the indicator API takes
 * them). It is recorded as told; it is normalised only when it becomes an indicator.
 */
public record RecruiterContact(
    RecruitmentChannel channel,
    @Nullable SelectorType type,
    String value,
    @Nullable CountryCode region) {

  /** The longest value accepted. */
  public static final int MAX_VALUE = 200;

  public RecruiterContact {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > MAX_VALUE || !FreeText.isClean(value)) {
      throw new IllegalArgumentException(
          "a recruiter's contact is clean text of 1 to " + MAX_VALUE + " characters");
    }
  }

  /**
   * Reads a contact, naming {@code field} and its parts in errors.
   *
   * @throws InvalidInputException naming the part at fault
   */
  public static RecruiterContact parse(
      String field,
      @Nullable String channel,
      @Nullable String type,
      @Nullable String value,
      @Nullable String region) {
    if (channel == null) {
      throw new InvalidInputException(field + ".channel", "is required");
    }
    RecruitmentChannel parsedChannel =
        Codes.parse(RecruitmentChannel.class, field + ".channel", channel);
    SelectorType parsedType = null;
    if (type != null) {
      parsedType =
          SelectorType.fromCode(type)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field + ".type",
                          "must be a selector type ("
                              + String.join(
                                  ", ",
                                  java.util.Arrays.stream(SelectorType.values())
                                      .map(SelectorType::code)
                                      .toList())
                              + "), was '"
                              + Codes.clip(type)
                              + "'"));
    }
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field + ".value", "is required");
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_VALUE) {
      throw new InvalidInputException(field + ".value", "is longer than " + MAX_VALUE);
    }
    FreeText.require(field + ".value", stripped);
    CountryCode parsedRegion = null;
    if (region != null) {
      String upper = region.strip().toUpperCase(Locale.ROOT);
      if (!CountryCode.isValid(upper)) {
        throw new InvalidInputException(
            field + ".region",
            "must be an ISO 3166-1 alpha-2 code such as TH, was '" + Codes.clip(region) + "'");
      }
      parsedRegion = new CountryCode(upper);
    }
    return new RecruiterContact(parsedChannel, parsedType, stripped, parsedRegion);
  }

  /**
   * The value as a selector reads it: a bare handle on a messaging channel (Telegram, WeChat, LINE,
   * ...) is prefixed with the platform, {@code @kk_hr} on Telegram reads as {@code telegram:kk_hr};
   * anything else is the value itself.
   */
  public String selectorText() {
    if (type != null && type != SelectorType.SOCIAL) {
      return value;
    }
    var platform = platform();
    boolean qualified = value.contains(":") || value.contains("/");
    if (platform == null || qualified || (type == null && looksLikeNumber())) {
      return value;
    }
    return platform.code() + ":" + value;
  }

  private boolean looksLikeNumber() {
    return value.chars().allMatch(c -> Character.isDigit(c) || " +-()".indexOf(c) >= 0);
  }

  private SocialAccount.@Nullable Platform platform() {
    return switch (channel) {
      case TELEGRAM -> SocialAccount.Platform.TELEGRAM;
      case WECHAT -> SocialAccount.Platform.WECHAT;
      case LINE -> SocialAccount.Platform.LINE;
      case FACEBOOK -> SocialAccount.Platform.FACEBOOK;
      case WHATSAPP -> SocialAccount.Platform.WHATSAPP;
      case TIKTOK -> SocialAccount.Platform.TIKTOK;
      case ZALO -> SocialAccount.Platform.ZALO;
      case VIBER -> SocialAccount.Platform.VIBER;
      case KAKAOTALK, JOB_WEBSITE, IN_PERSON, PHONE_CALL, OTHER -> null;
    };
  }
}
