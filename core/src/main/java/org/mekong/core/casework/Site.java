package org.mekong.core.casework;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.input.FreeText;

/**
 * A place in casework: a scam compound (KK Park, Shwe Kokko), a town (Myawaddy), a crossing (the
 * Second Friendship Bridge), a checkpoint (Mae Sot checkpoint 2) or a shelter, with its aliases,
 * country and coordinates.
 */
public record Site(
    SiteId id,
    String name,
    List<String> aliases,
    SiteKind kind,
    CountryCode country,
    @Nullable Coordinates coordinates) {

  /** The longest name or alias. */
  public static final int MAX_NAME = 200;

  public Site {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(country, "country");
    aliases = List.copyOf(aliases);
    if (aliases.size() > 50) {
      throw new IllegalArgumentException("a site has at most 50 aliases");
    }
    for (String text : concat(name, aliases)) {
      if (text.isBlank() || text.length() > MAX_NAME || !FreeText.isClean(text)) {
        throw new IllegalArgumentException(
            "a site's name and aliases are clean text of 1-" + MAX_NAME + " characters");
      }
    }
  }

  private static List<String> concat(String name, List<String> aliases) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
        .toList();
  }
}
