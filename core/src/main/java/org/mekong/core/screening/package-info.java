/**
 * The in-memory screening index: selectors compiled into primitive open-addressing tables that
 * answer "does this selector hit, which entries, and why" at line rate. Start at {@link
 * org.mekong.core.screening.ScreeningIndex}; {@link org.mekong.core.screening.WatchList} adds the
 * table of entries a hit explains itself with.
 */
@NullMarked
package org.mekong.core.screening;

import org.jspecify.annotations.NullMarked;
