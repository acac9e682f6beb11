/**
 * What every boundary checks in outside input before anything else: free text, timestamps and
 * partial dates.
 */
@NullMarked
package org.mekong.core.input;

import org.jspecify.annotations.NullMarked;
