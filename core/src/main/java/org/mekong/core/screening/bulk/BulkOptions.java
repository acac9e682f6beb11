package org.mekong.core.screening.bulk;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SelectorType;

/**
 * How a file is screened.
 *
 * @param format the file's format
 * @param region the default region for national phone numbers ({@code TH}), or null for none
 * @param type for {@link BulkFormat#SELECTORS}: the type of every line, or null to detect it
 * @param workers the number of screening threads, at least 1
 * @param chunkBytes the size of the chunks the file is cut into, more than {@link #MAX_LINE}
 */
public record BulkOptions(
    BulkFormat format,
    @Nullable String region,
    @Nullable SelectorType type,
    int workers,
    int chunkBytes) {

  /** The longest line read, in bytes; a longer one is a malformed row. */
  public static final int MAX_LINE = 64 * 1024;

  /** The default chunk size: 1 MiB. */
  public static final int DEFAULT_CHUNK = 1 << 20;

  public BulkOptions {
    if (region != null) {
      region = region.strip().toUpperCase(Locale.ROOT);
      if (!isKnownRegion(region)) {
        throw new IllegalArgumentException("unknown region '" + region + "': use a code like TH");
      }
    }
    if (type != null && format != BulkFormat.SELECTORS) {
      throw new IllegalArgumentException("a type is given only for the selectors format");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("at least one worker, was " + workers);
    }
    if (chunkBytes <= MAX_LINE + 1) {
      throw new IllegalArgumentException("chunks are longer than a line: " + chunkBytes);
    }
  }

  /** Options with one worker per available processor and 1 MiB chunks. */
  public static BulkOptions of(
      BulkFormat format, @Nullable String region, @Nullable SelectorType type) {
    return new BulkOptions(
        format, region, type, Runtime.getRuntime().availableProcessors(), DEFAULT_CHUNK);
  }

  /** These options with this many workers and chunks of this size. */
  public BulkOptions withThreads(int workers, int chunkBytes) {
    return new BulkOptions(format, region, type, workers, chunkBytes);
  }

  /** Whether {@code region} is a region code libphonenumber knows, e.g. {@code TH}. */
  public static boolean isKnownRegion(String region) {
    return PhoneNumberUtil.getInstance()
        .getSupportedRegions()
        .contains(region.strip().toUpperCase(Locale.ROOT));
  }
}
