/** What an indicator is about: the taxonomy of scam and fraud categories and its hierarchy. */
@NullMarked
package org.mekong.core.category;

import org.jspecify.annotations.NullMarked;
