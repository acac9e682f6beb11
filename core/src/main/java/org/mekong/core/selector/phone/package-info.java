/**
 * Phone numbers at call-record speed: a fast path that gives libphonenumber's E.164 answer for
 * international digit strings without running its regular expressions.
 */
@NullMarked
package org.mekong.core.selector.phone;

import org.jspecify.annotations.NullMarked;
