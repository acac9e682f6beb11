/**
 * Selectors: the phone numbers, bank accounts, wallets, domains, IPs, device ids, e-mail addresses,
 * app ids and social accounts that scams run on, each parsed and reduced to one canonical key with
 * a deterministic STIX id. Start at {@link org.mekong.core.selector.Selectors}.
 */
@NullMarked
package org.mekong.core.selector;

import org.jspecify.annotations.NullMarked;
