/**
 * Machine-readable zones of travel documents (ICAO Doc 9303 TD1, TD2, TD3 and the MRV-A and MRV-B
 * visas): parsed and validated field by field, every check digit included. Start at {@link
 * org.mekong.core.border.mrz.MrzParser}.
 */
@NullMarked
package org.mekong.core.border.mrz;

import org.jspecify.annotations.NullMarked;
