/** The demo node: seeded agencies and the credentials file. */
@NullMarked
package org.mekong.server.demo;

import org.jspecify.annotations.NullMarked;
