/**
 * Names of people, companies and vessels across scripts: analysis (Unicode normalisation,
 * transliteration to Latin, titles, honorifics and company forms) and a comparator that scores two
 * names and explains how their tokens aligned. Start at {@link
 * org.mekong.core.names.NameComparator}.
 */
@NullMarked
package org.mekong.core.names;

import org.jspecify.annotations.NullMarked;
