/**
 * Names over HTTP, on top of the core's {@code org.mekong.core.names}: comparison of names of
 * people, companies and vessels across scripts, and lists of persons and organisations
 * (FollowTheMoney entities, e.g. sanctions) kept in an in-memory index built from PostgreSQL, with
 * search by name, screening as OpenSanctions' {@code /match} does, and the import of {@code
 * entities.ftm.json} lines.
 */
@NullMarked
package org.mekong.server.names;

import org.jspecify.annotations.NullMarked;
