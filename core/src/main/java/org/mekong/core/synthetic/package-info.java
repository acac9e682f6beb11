/**
 * A reproducible synthetic world for the demo and the benchmarks: valid selectors of every type,
 * published indicators with realistic categories and markings, sharing agreements, a plan of
 * sightings and a few planted cases that screening must find. The same seed always gives the same
 * world. Start at {@link org.mekong.core.synthetic.SyntheticWorld}.
 */
@NullMarked
package org.mekong.core.synthetic;

import org.jspecify.annotations.NullMarked;
