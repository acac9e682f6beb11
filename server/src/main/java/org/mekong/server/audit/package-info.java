/** The append-only, hash-chained audit log and its verifier. */
@NullMarked
package org.mekong.server.audit;

import org.jspecify.annotations.NullMarked;
