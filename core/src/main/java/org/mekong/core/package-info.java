/** Mekong's plain-Java domain: no framework, no SQL, no HTTP. */
@NullMarked
package org.mekong.core;

import org.jspecify.annotations.NullMarked;
