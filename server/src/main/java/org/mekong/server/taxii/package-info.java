/**
 * The TAXII 2.1 server under {@code /taxii2/}: discovery, API roots, collections, objects,
 * manifests, versions and status resources. Every read goes through the indicator registry, so
 * TAXII shows exactly what the REST API shows.
 */
@NullMarked
package org.mekong.server.taxii;

import org.jspecify.annotations.NullMarked;
