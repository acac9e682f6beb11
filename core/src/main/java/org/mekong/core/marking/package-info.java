/**
 * How shared information is marked: TLP 2.0, handling codes, source evaluation, and how markings
 * combine.
 */
@NullMarked
package org.mekong.core.marking;

import org.jspecify.annotations.NullMarked;
