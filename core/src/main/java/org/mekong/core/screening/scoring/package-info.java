/**
 * Scoring of screening hits: category weights times effective confidence, combined by a noisy-OR
 * into a 0–100 score, and three thresholds that turn a score into an {@link
 * org.mekong.core.screening.scoring.AlertLevel}. Start at {@link
 * org.mekong.core.screening.scoring.ScoringRule}; the rule is explained in {@code
 * docs/screening-scoring.md}.
 */
@NullMarked
package org.mekong.core.screening.scoring;

import org.jspecify.annotations.NullMarked;
