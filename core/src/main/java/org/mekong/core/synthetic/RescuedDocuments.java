package org.mekong.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mekong.core.casework.Language;
import org.mekong.core.casework.RecruitmentChannel;

/**
 * What a rescued person carries and speaks by nationality: a passport number of the shape the state
 * issues, the languages spoken, and the channel the recruiter used.
 */
final class RescuedDocuments {

  private RescuedDocuments() {}

  /** A passport number of the shape {@code state} (alpha-3) issues, e.g. E + 8 digits in China. */
  static String passportNumber(String state, SplittableRandom random) {
    return switch (state) {
      case "CHN" -> "E" + digits(8, random);
      case "IDN" -> "C" + digits(7, random);
      case "VNM" -> "C" + digits(7, random);
      case "ETH" -> "EP" + digits(7, random);
      case "KEN" -> "AK" + digits(7, random);
      case "PHL" -> "P" + digits(7, random) + (char) ('A' + random.nextInt(26));
      case "THA" -> "AA" + digits(7, random);
      case "MYS" -> "A" + digits(8, random);
      case "IND" -> String.valueOf((char) ('J' + random.nextInt(10))) + digits(7, random);
      default -> throw new IllegalArgumentException("no passports of " + state);
    };
  }

  /** The languages a person of {@code state} speaks (ISO 639-1), the country's first. */
  static List<Language> languages(String state, SplittableRandom random) {
    List<String> codes = new ArrayList<>();
    codes.add(
        switch (state) {
          case "CHN" -> "zh";
          case "IDN" -> "id";
          case "VNM" -> "vi";
          case "ETH" -> "am";
          case "KEN" -> "sw";
          case "PHL" -> "tl";
          case "THA" -> "th";
          case "MYS" -> "ms";
          case "IND" -> "hi";
          default -> throw new IllegalArgumentException("no language of " + state);
        });
    boolean english =
        switch (state) {
          case "KEN", "PHL", "IND" -> true;
          case "CHN", "VNM", "THA" -> random.nextInt(5) == 0;
          default -> random.nextBoolean();
        };
    if (english) {
      codes.add("en");
    }
    return codes.stream().map(Language::new).toList();
  }

  /** Where the recruiter found a person of {@code state}: WeChat or Telegram for China, ... */
  static RecruitmentChannel channel(String state, SplittableRandom random) {
    int roll = random.nextInt(10);
    return switch (state) {
      case "CHN" -> roll < 6 ? RecruitmentChannel.WECHAT : RecruitmentChannel.TELEGRAM;
      case "THA" -> roll < 6 ? RecruitmentChannel.LINE : RecruitmentChannel.FACEBOOK;
      default -> roll < 6 ? RecruitmentChannel.FACEBOOK : RecruitmentChannel.TELEGRAM;
    };
  }

  private static String digits(int count, SplittableRandom random) {
    StringBuilder digits = new StringBuilder();
    digits.append(1 + random.nextInt(9));
    for (int i = 1; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }
}
