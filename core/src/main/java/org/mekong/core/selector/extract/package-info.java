/**
 * Finding selectors in free text (an SMS body, a victim's narrative, a chat export) with their
 * offsets. Start at {@link org.mekong.core.selector.extract.SelectorExtractor}.
 */
@NullMarked
package org.mekong.core.selector.extract;

import org.jspecify.annotations.NullMarked;
