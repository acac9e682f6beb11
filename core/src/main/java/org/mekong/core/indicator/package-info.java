/** Indicators: what an agency knows about a selector, how it is marked, and its sightings. */
@NullMarked
package org.mekong.core.indicator;

import org.jspecify.annotations.NullMarked;
