/** Identifiers shared by every part of the core. */
@NullMarked
package org.mekong.core.id;

import org.jspecify.annotations.NullMarked;
