package org.mekong.core.selector.extract;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the selectors in free text: phone numbers, URLs, domains, e-mail addresses, crypto wallets,
 * IBANs, IPv4 addresses and social accounts, with their offsets. Never throws for any text; a text
 * over {@link #MAX_TEXT_LENGTH} chars is {@link Extraction.TextTooLong}, an unknown region hint
 * {@link Extraction.UnknownRegion}.
 *
 * <p>The rules and their reasons are in {@code docs/selectors.md} ("Extraction from text").
 */
public final class SelectorExtractor {

  /** The longest text searched, in chars: 1 MiB. */
  public static final int MAX_TEXT_LENGTH = 1 << 20;

  private SelectorExtractor() {}

  /**
   * The selectors in {@code text}, in text order; {@code region} (ISO 3166 alpha-2, e.g. {@code
   * TH}; {@code null} or blank for none) is the hint for phone numbers written in national format.
   */
  public static Extraction extract(String text, @Nullable String region) {
    if (text.length() > MAX_TEXT_LENGTH) {
      return new Extraction.TextTooLong(text.length());
    }
    String regionCode =
        region == null || region.isBlank() ? null : region.strip().toUpperCase(Locale.ROOT);
    if (regionCode != null
        && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(regionCode)) {
      return new Extraction.UnknownRegion(region == null ? "" : region);
    }
    List<Candidate> candidates = new ArrayList<>();
    String dotted = FullWidthDots.normalize(text);
    WebScanner.scan(dotted, regionCode, candidates);
    TokenScanner.scan(text, candidates);
    HandleScanner.scan(text, regionCode, candidates);
    PhoneScanner.scan(text, regionCode, candidates);
    List<Match> matches = new ArrayList<>();
    for (Candidate kept : Overlaps.resolve(candidates)) {
      matches.add(
          new Match(
              kept.start(), kept.end(), text.substring(kept.start(), kept.end()), kept.valid()));
    }
    return new Extraction.Found(matches);
  }
}
