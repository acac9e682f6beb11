/** Selector normalisation and extraction, over HTTP and on the command line. */
@NullMarked
package org.mekong.server.selector;

import org.jspecify.annotations.NullMarked;
