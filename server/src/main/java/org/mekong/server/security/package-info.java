/** Authentication of every API request by API key (Bearer) and the caller's identity. */
@NullMarked
package org.mekong.server.security;

import org.jspecify.annotations.NullMarked;
