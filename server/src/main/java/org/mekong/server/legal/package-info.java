/**
 * Legal actions, expulsions, entry bans and notices: stored with their markings, read by those the
 * markings let see them, and changed (a ban lifted, a notice approved) through their own rules.
 */
@NullMarked
package org.mekong.server.legal;

import org.jspecify.annotations.NullMarked;
