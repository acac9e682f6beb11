package org.mekong.core.selector;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * An account on a social or messaging platform, {@code platform:handle}. Handles are lowercased
 * (every supported platform matches usernames case-insensitively); accounts that are phone numbers
 * (WhatsApp, Viber, often Zalo) have the E.164 number as handle.
 */
public record SocialAccount(Platform platform, String handle) implements Selector {

  /** The supported platforms, each with its code and the shape of a canonical handle. */
  public enum Platform {
    TELEGRAM("telegram", "[a-z][a-z0-9_]{4,31}"),
    WECHAT("wechat", "[a-z][a-z0-9_-]{5,19}"),
    LINE("line", "[a-z0-9._-]{1,20}"),
    WHATSAPP("whatsapp", "\\+[1-9][0-9]{6,17}"),
    FACEBOOK("facebook", "[a-z0-9.]{5,50}"),
    TIKTOK("tiktok", "[a-z0-9_.]{2,24}"),
    X("x", "[a-z0-9_]{1,15}"),
    ZALO("zalo", "\\+[1-9][0-9]{6,17}|[0-9]{6,20}"),
    VIBER("viber", "\\+[1-9][0-9]{6,17}");

    private final String code;
    private final Pattern handle;

    Platform(String code, String handle) {
      this.code = code;
      this.handle = Pattern.compile(handle);
    }

    /** The lowercase code, e.g. {@code telegram}. */
    public String code() {
      return code;
    }

    /** Whether {@code handle} is a canonical handle on this platform. */
    public boolean accepts(String handle) {
      return this.handle.matcher(handle).matches();
    }

    /** Whether the handle is a phone number in E.164 form. */
    public boolean phoneHandles() {
      return this == WHATSAPP || this == VIBER;
    }

    /** The platform with this code (case-insensitive), if any. */
    public static Optional<Platform> fromCode(String code) {
      String wanted = code.strip().toLowerCase(Locale.ROOT);
      for (Platform platform : values()) {
        if (platform.code.equals(wanted)) {
          return Optional.of(platform);
        }
      }
      return Optional.empty();
    }
  }

  public SocialAccount {
    if (!platform.accepts(handle)
        || (handle.startsWith("+") && !handle.equals(PhoneFastPath.instance().e164(handle)))) {
      throw new IllegalArgumentException(
          "not a canonical " + platform.code() + " handle: " + handle);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.SOCIAL;
  }

  @Override
  public String canonical() {
    return platform.code() + ":" + handle;
  }

  /** {@code platform} and {@code handle}. */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of("platform", platform.code(), "handle", handle);
  }
}
