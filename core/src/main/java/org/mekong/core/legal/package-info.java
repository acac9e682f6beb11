/**
 * Legal action, expulsions, entry bans and notices: the records agencies share about what they did
 * to a person or an organisation, and the rules that keep each one whole (a notice's review, a
 * ban's standing on a day).
 */
@NullMarked
package org.mekong.core.legal;

import org.jspecify.annotations.NullMarked;
