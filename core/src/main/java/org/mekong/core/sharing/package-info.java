/**
 * Who may see a shared object on a node, and who may pass it on: TLP levels, named recipients,
 * sharing agreements by category, and originator withholding. See {@code docs/sharing-rules.md}.
 */
@NullMarked
package org.mekong.core.sharing;

import org.jspecify.annotations.NullMarked;
