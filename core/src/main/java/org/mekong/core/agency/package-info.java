/** Who takes part in the exchange: agencies, their kinds and countries. */
@NullMarked
package org.mekong.core.agency;

import org.jspecify.annotations.NullMarked;
