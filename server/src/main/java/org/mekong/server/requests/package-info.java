/**
 * Requests with deadlines between agencies: storage, the API under {@code /api/v1/requests}, and
 * the watch that records reminders, overdue requests and escalations as the clock passes them.
 */
@NullMarked
package org.mekong.server.requests;

import org.jspecify.annotations.NullMarked;
