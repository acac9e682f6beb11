package org.mekong.core.screening.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.core.selector.extract.Extraction;
import org.mekong.core.selector.extract.Match;
import org.mekong.core.selector.extract.SelectorExtractor;

/**
 * A short message. Sender and recipient are checked as phones, except an alphanumeric sender id
 * ({@code KBANK}), which is no selector and is skipped; every selector found in the body (phones,
 * URLs, domains, accounts, wallets, ...) is checked under the role {@code body}.
 *
 * @param sender the sending number or alphanumeric sender id
 * @param recipient the receiving number
 * @param sentAt when it was sent, if known
 * @param body the text, at most {@value #MAX_BODY_LENGTH} characters (a long message is several
 *     concatenated parts, each far shorter)
 */
public record SmsMessage(String sender, String recipient, @Nullable Instant sentAt, String body)
    implements ScreeningEvent {

  /** The longest body accepted, in chars. */
  public static final int MAX_BODY_LENGTH = 4096;

  public SmsMessage {
    Fields.checkLength("sender", sender);
    Fields.checkLength("recipient", recipient);
    if (body.length() > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException(
          "an SMS body of "
              + body.length()
              + " characters: at most "
              + MAX_BODY_LENGTH
              + " are accepted");
    }
  }

  @Override
  public List<EventField> fields(@Nullable String region) {
    List<EventField> fields = new ArrayList<>();
    party("sender", sender, region, fields);
    party("recipient", recipient, region, fields);
    for (Match match : matches(body, region)) {
      fields.add(new EventField("body", match.selector().type(), match.selector().canonical()));
    }
    return List.copyOf(fields);
  }

  /**
   * A number is checked as a phone, and reported invalid when it is none; a party with a letter
   * that is no phone number is an alphanumeric sender id and is skipped.
   */
  private static void party(
      String role, String raw, @Nullable String region, List<EventField> fields) {
    boolean phone = Selectors.parse(raw, SelectorType.PHONE, region) instanceof Parsed.Valid;
    if (phone || raw.chars().noneMatch(Character::isLetter)) {
      fields.add(new EventField(role, SelectorType.PHONE, raw));
    }
  }

  private static List<Match> matches(String body, @Nullable String region) {
    return switch (SelectorExtractor.extract(body, region)) {
      case Extraction.Found found -> found.matches();
      // the screener reports an unknown region on the phone fields; the body is still searched
      case Extraction.UnknownRegion unknown -> matches(body, null);
      case Extraction.TextTooLong tooLong ->
          throw new IllegalStateException("a body of at most " + MAX_BODY_LENGTH + " is searched");
    };
  }
}
