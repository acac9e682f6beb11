/** The Mekong node: a Spring Boot application organised by feature. */
@NullMarked
package org.mekong.server;

import org.jspecify.annotations.NullMarked;
