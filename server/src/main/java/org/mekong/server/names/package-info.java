/**
 * Names: comparison of names of people, companies and vessels across scripts over HTTP, on top of
 * the core's {@code org.mekong.core.names}.
 */
@NullMarked
package org.mekong.server.names;

import org.jspecify.annotations.NullMarked;
