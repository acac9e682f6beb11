package org.mekong.core.selector.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selectors;

/**
 * Finds messaging handles named with their platform: {@code Telegram @name}, {@code TG: name},
 * {@code LINE ID: name}, {@code แอดไลน์ @name}, {@code 微信：wxid_name}. A platform word must be
 * followed by {@code @}, a colon (also full-width) or "ID" before the handle, so that "join our
 * Telegram group" names no account; a bare {@code @name} names no platform and is not reported.
 * Profile links ({@code t.me/name}, {@code wa.me/66...}) are found with the URLs.
 */
final class HandleScanner {

  private static final String GAP = "[ \\t\\u00A0\\u3000]*";
  private static final String LATIN_EDGE = "(?<![A-Za-z0-9_])";
  private static final String AFTER_WORD =
      GAP + "(?:(?:(?i:id)|ไอดี|号|號)" + GAP + "[:：]?" + GAP + "(@?)|[:：]" + GAP + "(@?)|(@))";
  private static final String HANDLE = "([A-Za-z0-9][A-Za-z0-9._-]{0,31})(?![A-Za-z0-9._-])";

  private record Context(String platform, Pattern pattern) {
    Context(String platform, String words) {
      this(platform, Pattern.compile("(?:" + words + ")" + AFTER_WORD + HANDLE));
    }
  }

  private static final List<Context> CONTEXTS =
      List.of(
          new Context(
              "telegram",
              LATIN_EDGE + "(?i:telegram|tg|tele)(?![A-Za-z])|电报|電報|纸飞机|飛機|飞机|เทเลแกรม"),
          new Context("line", LATIN_EDGE + "(?i:line)(?![A-Za-z])|ไลน์|ไลน|ライン"),
          new Context("wechat", LATIN_EDGE + "(?i:wechat|weixin|vx|wx)(?![A-Za-z])|微信|微訊|威信|薇信"));

  private HandleScanner() {}

  static void scan(String text, @Nullable String region, List<Candidate> out) {
    for (Context context : CONTEXTS) {
      Matcher m = context.pattern().matcher(text);
      while (m.find()) {
        int end = m.end(4);
        while (end > m.start(4) && ".-".indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
        String handle = text.substring(m.start(4), end);
        boolean at = "@".equals(m.group(1)) || "@".equals(m.group(2)) || "@".equals(m.group(3));
        int start = at ? m.start(4) - 1 : m.start(4);
        if (Selectors.social(context.platform(), handle, region) instanceof Parsed.Valid valid) {
          out.add(new Candidate(start, end, valid));
        }
      }
    }
  }
}
