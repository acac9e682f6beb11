/** The node's PostgreSQL: embedded for the demo and tests, external in production. */
@NullMarked
package org.mekong.server.database;

import org.jspecify.annotations.NullMarked;
