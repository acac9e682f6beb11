/**
 * Federation between nodes: partner nodes pull each other's TAXII collection of indicators. This
 * package keeps the partners and the keys this node's agencies hold there, runs one pull loop per
 * partner, and ingests what arrives verbatim and idempotently, with provenance. Serving partners
 * needs nothing here: a partner's agency is a remote agency with an API key on this node, and the
 * indicator registry's one visibility rule decides what it may read.
 */
@NullMarked
package org.mekong.server.federation;

import org.jspecify.annotations.NullMarked;
