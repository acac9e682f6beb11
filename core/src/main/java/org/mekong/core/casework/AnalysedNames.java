package org.mekong.core.casework;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.concurrent.ExecutionException;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * Names analysed as persons' by their text, kept for comparisons to come (bounded, shared by every
 * index: the text alone decides the analysis). Thread-safe.
 */
final class AnalysedNames {

  /** How many analysed names are kept. */
  static final int KEPT = 200_000;

  private static final Cache<String, AnalysedName> CACHE =
      CacheBuilder.newBuilder().maximumSize(KEPT).build();

  private AnalysedNames() {}

  /** The analysis of a name the comparator accepts (checked when it was written). */
  static AnalysedName of(String name) {
    try {
      return CACHE.get(name, () -> NameComparator.analyse(Schema.PERSON, name));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
