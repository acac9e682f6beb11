/**
 * Traveller checks at the border: an officer submits a machine-readable zone or typed fields, the
 * node screens the person against the legal records the officer's agency may see and explains each
 * hit, and the officer records the decision. The node never decides.
 */
@NullMarked
package org.mekong.server.border;

import org.jspecify.annotations.NullMarked;
