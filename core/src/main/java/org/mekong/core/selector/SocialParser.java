package org.mekong.core.selector;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SocialAccount.Platform;

/**
 * Parses social accounts: {@code platform:handle} (handle with or without {@code @}) and profile
 * links ({@code t.me/name}, {@code https://t.me/name}, {@code line.me/ti/p/~id}, {@code
 * wa.me/66812345678}, {@code x.com/name}, {@code tiktok.com/@name}, {@code facebook.com/name},
 * ...).
 */
final class SocialParser {

  private static final Map<String, Platform> HOSTS =
      Map.ofEntries(
          Map.entry("t.me", Platform.TELEGRAM),
          Map.entry("telegram.me", Platform.TELEGRAM),
          Map.entry("line.me", Platform.LINE),
          Map.entry("wa.me", Platform.WHATSAPP),
          Map.entry("api.whatsapp.com", Platform.WHATSAPP),
          Map.entry("facebook.com", Platform.FACEBOOK),
          Map.entry("fb.com", Platform.FACEBOOK),
          Map.entry("tiktok.com", Platform.TIKTOK),
          Map.entry("x.com", Platform.X),
          Map.entry("twitter.com", Platform.X),
          Map.entry("zalo.me", Platform.ZALO));

  private static final Pattern LINK =
      Pattern.compile("(?i)(?:https?://)?(?:www\\.|m\\.|mobile\\.)?([a-z0-9.-]+)(/[^#]*)?");

  private SocialParser() {}

  /** Whether {@code raw} is {@code platform:...} or a link to a known platform. */
  static boolean looksSocial(String raw) {
    String s = raw.strip();
    int colon = s.indexOf(':');
    if (colon > 0 && Platform.fromCode(s.substring(0, colon)).isPresent()) {
      return true;
    }
    Matcher link = LINK.matcher(s);
    return link.matches()
        && link.group(2) != null
        && HOSTS.containsKey(link.group(1).toLowerCase(Locale.ROOT));
  }

  static Parsed parse(String raw, @Nullable String region) {
    String s = raw.strip();
    int colon = s.indexOf(':');
    if (colon > 0) {
      Optional<Platform> platform = Platform.fromCode(s.substring(0, colon));
      if (platform.isPresent()) {
        return handle(platform.get(), s.substring(colon + 1), region);
      }
    }
    Matcher link = LINK.matcher(s);
    if (link.matches() && link.group(2) != null) {
      Platform platform = HOSTS.get(link.group(1).toLowerCase(Locale.ROOT));
      if (platform != null) {
        return fromLink(platform, link.group(2).substring(1), region);
      }
    }
    return new Parsed.Invalid(
        "give the platform: platform:handle (e.g. telegram:@name) or a profile link;"
            + " platforms: telegram, wechat, line, whatsapp, facebook, tiktok, x, zalo, viber");
  }

  private static Parsed fromLink(Platform platform, String path, @Nullable String region) {
    String query = "";
    int q = path.indexOf('?');
    if (q >= 0) {
      query = path.substring(q + 1);
      path = path.substring(0, q);
    }
    List<String> segments = Splitter.on('/').splitToList(path);
    String first = segments.get(0);
    String handle =
        switch (platform) {
          case TELEGRAM -> {
            if (first.startsWith("+") || first.equals("joinchat")) {
              yield null;
            }
            yield first.equals("s") && segments.size() > 1 ? segments.get(1) : first;
          }
          case LINE -> {
            Matcher m = Pattern.compile("(?:R/)?ti/p/[~@]?([^/]+)/?").matcher(path);
            yield m.matches() ? m.group(1) : null;
          }
          case WHATSAPP -> first.equals("send") ? param(query, "phone") : first;
          case FACEBOOK -> first.equals("profile.php") ? param(query, "id") : first;
          case TIKTOK -> first.startsWith("@") ? first : null;
          case X, ZALO, WECHAT, VIBER -> first;
        };
    if (handle == null || handle.isEmpty()) {
      return new Parsed.Invalid("a " + platform.code() + " link that names no account");
    }
    return handle(platform, handle, region);
  }

  private static @Nullable String param(String query, String name) {
    for (String pair : Splitter.on('&').split(query)) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1).replace("%2B", "+").replace("%2b", "+");
      }
    }
    return null;
  }

  /** The account {@code handle} on {@code platform}. */
  static Parsed handle(Platform platform, String raw, @Nullable String region) {
    String h = raw.strip();
    if (h.startsWith("@")) {
      h = h.substring(1);
    }
    if (platform.phoneHandles()) {
      return switch (PhoneParser.parse(h, region)) {
        case Parsed.Valid valid -> valid(platform, valid.selector().canonical());
        case Parsed.Invalid invalid ->
            new Parsed.Invalid(
                "a " + platform.code() + " account is a phone number: " + invalid.reason());
        case Parsed.Ambiguous ambiguous ->
            throw new IllegalStateException("phones are never ambiguous");
      };
    }
    if (platform == Platform.ZALO) {
      if (h.startsWith("+") || h.startsWith("0")) {
        return switch (PhoneParser.parse(h, region == null ? "VN" : region)) {
          case Parsed.Valid valid -> valid(platform, valid.selector().canonical());
          case Parsed.Invalid invalid ->
              new Parsed.Invalid("not a zalo phone number: " + invalid.reason());
          case Parsed.Ambiguous ambiguous ->
              throw new IllegalStateException("phones are never ambiguous");
        };
      }
      return platform.accepts(h)
          ? valid(platform, h)
          : new Parsed.Invalid("a zalo account is a phone number or a numeric id");
    }
    String handle = h.toLowerCase(Locale.ROOT);
    if (!platform.accepts(handle)) {
      return new Parsed.Invalid("not a " + platform.code() + " handle: " + rule(platform));
    }
    return valid(platform, handle);
  }

  private static Parsed valid(Platform platform, String handle) {
    return new Parsed.Valid(new SocialAccount(platform, handle));
  }

  private static String rule(Platform platform) {
    return switch (platform) {
      case TELEGRAM -> "5 to 32 letters, digits or '_', starting with a letter";
      case WECHAT -> "6 to 20 letters, digits, '_' or '-', starting with a letter";
      case LINE -> "up to 20 letters, digits, '.', '_' or '-'";
      case FACEBOOK -> "a username of 5 or more letters, digits or '.', or a numeric profile id";
      case TIKTOK -> "2 to 24 letters, digits, '_' or '.'";
      case X -> "1 to 15 letters, digits or '_'";
      case WHATSAPP, VIBER -> "a phone number";
      case ZALO -> "a phone number or a numeric id";
    };
  }
}
