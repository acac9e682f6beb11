/**
 * URL selectors: Google Safe Browsing canonicalisation and the host-suffix / path-prefix lookup
 * expressions derived from a canonical URL.
 */
@NullMarked
package org.mekong.core.selector.url;

import org.jspecify.annotations.NullMarked;
