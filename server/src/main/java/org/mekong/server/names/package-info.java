/**
 * Names of persons and organisations from imported lists (FollowTheMoney entities, e.g. sanctions),
 * kept in an in-memory index built from PostgreSQL: search by name, screening as OpenSanctions'
 * {@code /match} does, and the import of {@code entities.ftm.json} lines.
 */
@NullMarked
package org.mekong.server.names;

import org.jspecify.annotations.NullMarked;
