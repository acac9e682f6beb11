/**
 * The indicator registry: publish, mark, correlate, sight, revoke; every read filtered and audited.
 */
@NullMarked
package org.mekong.server.indicator;

import org.jspecify.annotations.NullMarked;
