/**
 * Requests with deadlines between agencies: what may be asked ({@link
 * org.mekong.core.requests.RequestPayload}), how urgency sets the deadline ({@link
 * org.mekong.core.requests.DeadlinePolicy}), the statuses a request moves through ({@link
 * org.mekong.core.requests.RequestStatus}) and the reminders, overdue marks and escalations its
 * clock makes due ({@link org.mekong.core.requests.Timeline}).
 */
@NullMarked
package org.mekong.core.requests;

import org.jspecify.annotations.NullMarked;
