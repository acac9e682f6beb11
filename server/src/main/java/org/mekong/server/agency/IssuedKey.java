package org.mekong.server.agency;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A newly issued API key: the only moment its secret is known. */
public record IssuedKey(
    UUID keyId, @Nullable String agencyId, boolean admin, ApiKeySecret secret) {}
