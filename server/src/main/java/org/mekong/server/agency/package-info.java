/** Agencies, their kinds and countries, and their API keys. */
@NullMarked
package org.mekong.server.agency;

import org.jspecify.annotations.NullMarked;
