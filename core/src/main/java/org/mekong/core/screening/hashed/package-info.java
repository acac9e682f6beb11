/**
 * Privacy-preserving screening: a node exports the list a client may see as keyed hashes ({@link
 * org.mekong.core.screening.hashed.KeyedHash}, under a {@link
 * org.mekong.core.screening.hashed.ScreeningKey} shared with that client) or as a {@link
 * org.mekong.core.screening.hashed.BloomFilter}, in the {@link
 * org.mekong.core.screening.hashed.HashedList} file format; the client screens locally with a
 * {@link org.mekong.core.screening.hashed.HashedScreener} and confirms candidates online by hash
 * ({@link org.mekong.core.screening.hashed.HashedQuery}), rate limited by a {@link
 * org.mekong.core.screening.hashed.RateLimiter}. See docs/screening-privacy.md.
 */
@NullMarked
package org.mekong.core.screening.hashed;

import org.jspecify.annotations.NullMarked;
