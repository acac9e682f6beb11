/** JMH benchmarks of the core, each printing its figures and a ratio against a baseline. */
@NullMarked
package org.mekong.bench;

import org.jspecify.annotations.NullMarked;
