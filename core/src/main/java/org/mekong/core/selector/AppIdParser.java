package org.mekong.core.selector;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses app ids, bare or from a Google Play link ({@code ...details?id=com.example.app}). */
final class AppIdParser {

  private static final Pattern PLAY_LINK =
      Pattern.compile(
          "(?i)(?:https?://)?play\\.google\\.com/store/apps/details\\?(?:.*&)?id=([^&#]+).*");

  private AppIdParser() {}

  static boolean isPlayLink(String raw) {
    return PLAY_LINK.matcher(raw.strip()).matches();
  }

  static Parsed parse(String raw) {
    String s = raw.strip();
    Matcher link = PLAY_LINK.matcher(s);
    if (link.matches()) {
      s = link.group(1);
    }
    String id = s.toLowerCase(Locale.ROOT);
    if (id.length() > 255) {
      return new Parsed.Invalid("an app id has at most 255 characters");
    }
    if (!id.contains(".")) {
      return new Parsed.Invalid(
          "an app id has at least two dot-separated parts, e.g. com.example.app");
    }
    if (!AppId.SHAPE.matcher(id).matches()) {
      return new Parsed.Invalid(
          "an app id is reverse-DNS: parts of letters, digits, '_' or '-', the first starting with a letter");
    }
    return new Parsed.Valid(new AppId(id));
  }
}
