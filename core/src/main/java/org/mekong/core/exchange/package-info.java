/**
 * Import and export of indicator lists: CSV, plain lists, hosts files and MISP feeds, read as
 * streams of accepted drafts and rejected lines, and written from indicators. Start at {@link
 * org.mekong.core.exchange.IndicatorImport} and {@link org.mekong.core.exchange.IndicatorExport}.
 */
@NullMarked
package org.mekong.core.exchange;

import org.jspecify.annotations.NullMarked;
