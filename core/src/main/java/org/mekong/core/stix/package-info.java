/**
 * STIX 2.1 mapping: indicators, observables, relationships, identities, Mekong's extension and
 * marking definitions and bundles as STIX JSON, and the import of other producers' indicators.
 */
@NullMarked
package org.mekong.core.stix;

import org.jspecify.annotations.NullMarked;
