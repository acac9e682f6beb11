/**
 * The check of a traveller at a border: who the traveller is (read from a machine-readable zone or
 * typed), and whether and how surely they are a person listed in an entry ban, a notice or a legal
 * action. The software explains; the officer decides.
 */
@NullMarked
package org.mekong.core.border.check;

import org.jspecify.annotations.NullMarked;
