/**
 * Casework over HTTP: people, sites, cases and their timelines, determinations, consent, handover
 * manifests, list imports with duplicate proposals, and publishable statistics, all under {@code
 * /api/v1/casework}; what each agency sees of a person follows the core's disclosure table.
 */
@NullMarked
package org.mekong.server.casework;

import org.jspecify.annotations.NullMarked;
