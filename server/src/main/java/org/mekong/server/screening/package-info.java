/**
 * Screening: the node-wide watch list kept in step with the registry, screening of items and events
 * for each client within what the sharing policy lets it see, and the alerts people review.
 */
@NullMarked
package org.mekong.server.screening;

import org.jspecify.annotations.NullMarked;
