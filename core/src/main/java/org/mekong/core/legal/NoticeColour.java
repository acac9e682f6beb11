package org.mekong.core.legal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a notice asks for, after INTERPOL's colours. */
public enum NoticeColour {
  /** Red: locate and arrest a person wanted for prosecution or to serve a sentence. */
  WANTED("wanted", "red", true),
  /** Yellow: locate a missing person (a trafficked worker, a minor). */
  MISSING("missing", "yellow", true),
  /** Blue: collect information about a person's identity, location or activities. */
  INFORMATION("information", "blue", true),
  /** Purple: a modus operandi, object, device or concealment method (SIM boxes, scripts). */
  MODUS_OPERANDI("modus-operandi", "purple", false),
  /** Silver: trace and identify assets. */
  ASSET_TRACING("asset-tracing", "silver", false),
  /** Orange: warn of an event, person, object or process that is a serious threat. */
  THREAT("threat", "orange", false);

  private final String code;
  private final String colour;
  private final boolean aboutPerson;

  NoticeColour(String code, String colour, boolean aboutPerson) {
    this.code = code;
    this.colour = colour;
    this.aboutPerson = aboutPerson;
  }

  /** The code the API uses, e.g. {@code wanted}. */
  public String code() {
    return code;
  }

  /** INTERPOL's colour of this kind of notice, e.g. {@code red}. */
  public String colour() {
    return colour;
  }

  /** Whether a notice of this kind must name a person. */
  public boolean aboutPerson() {
    return aboutPerson;
  }

  /** Whether a traveller check screens against notices of this kind. */
  public boolean screenedAtBorder() {
    return switch (this) {
      case WANTED, MISSING -> true;
      case INFORMATION, MODUS_OPERANDI, ASSET_TRACING, THREAT -> false;
    };
  }

  /** The kind with this code (or colour, e.g. {@code red}). */
  public static Optional<NoticeColour> fromCode(String code) {
    return Arrays.stream(values())
        .filter(c -> c.code.equals(code) || c.colour.equals(code))
        .findFirst();
  }

  /** The codes, comma-separated, for messages. */
  public static String codes() {
    return Arrays.stream(values()).map(NoticeColour::code).collect(Collectors.joining(", "));
  }
}
