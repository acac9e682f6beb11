/**
 * Casework for trafficked people: persons, sites, the case lifecycle (reported missing to closed),
 * determinations, consent and the field-by-field disclosure policy, handover manifests, list
 * matching and publishable statistics. See {@code docs/casework.md}.
 */
@NullMarked
package org.mekong.core.casework;

import org.jspecify.annotations.NullMarked;
