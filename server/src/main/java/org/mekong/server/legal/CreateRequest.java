package org.mekong.server.legal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new legal record: its marking (default TLP:AMBER), its categories and the record itself. */
record CreateRequest<T>(
    LegalJson.@Nullable MarkingJson marking,
    @Nullable List<String> categories,
    @Nullable T record) {}
