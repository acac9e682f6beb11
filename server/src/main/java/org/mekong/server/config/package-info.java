/** Node configuration: one validated, immutable record read from YAML and the environment. */
@NullMarked
package org.mekong.server.config;

import org.jspecify.annotations.NullMarked;
