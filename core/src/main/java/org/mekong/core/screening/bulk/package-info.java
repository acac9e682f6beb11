/**
 * Bulk screening of traffic files (call records, SMS, transfers, web visits, selector lists)
 * against a watch list: a streaming, multi-core engine that writes hits in input order and a
 * summary of what it could not read.
 */
@NullMarked
package org.mekong.core.screening.bulk;

import org.jspecify.annotations.NullMarked;
