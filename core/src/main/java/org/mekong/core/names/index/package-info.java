/**
 * An in-memory index of names for search and screening: candidates found by blocking keys
 * (transliterated, romanisation, phonetic, fused and prefix/suffix keys of tokens), then ranked by
 * the {@link org.mekong.core.names.NameComparator}. Start at {@link
 * org.mekong.core.names.index.NameIndex}.
 */
@NullMarked
package org.mekong.core.names.index;

import org.jspecify.annotations.NullMarked;
