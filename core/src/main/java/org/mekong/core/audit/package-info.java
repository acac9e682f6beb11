/** The audit trail's hash chain: how entries are hashed and how a chain is verified. */
@NullMarked
package org.mekong.core.audit;

import org.jspecify.annotations.NullMarked;
