/**
 * Screening of traffic events — calls, SMS, transfers and web visits — field by field against a
 * watch list, each event scored as a whole. Start at {@link
 * org.mekong.core.screening.event.EventScreener}; the fields each event checks are listed by {@link
 * org.mekong.core.screening.event.ScreeningEvent#fields(String)}.
 */
@NullMarked
package org.mekong.core.screening.event;

import org.jspecify.annotations.NullMarked;
