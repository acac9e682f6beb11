/** Sharing agreements between agencies and the sharing policy built from them. */
@NullMarked
package org.mekong.server.sharing;

import org.jspecify.annotations.NullMarked;
