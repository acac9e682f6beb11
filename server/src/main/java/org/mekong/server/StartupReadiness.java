package org.mekong.server;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The node's availability, as Spring Boot's, except that a node started with {@link #HOLD_PROPERTY}
 * stays {@code REFUSING_TRAFFIC} after start-up until it is released: the demo serves its API while
 * it seeds itself, but a readiness probe waits for the seeding.
 */
@Component("applicationAvailability")
class StartupReadiness extends ApplicationAvailabilityBean {

  static final String HOLD_PROPERTY = "mekong.readiness.hold-until-marked-ready";

  private volatile boolean held;

  StartupReadiness(@Value("${" + HOLD_PROPERTY + ":false}") boolean hold) {
    this.held = hold;
  }

  @Override
  public <S extends AvailabilityState> S getState(Class<S> stateType, S defaultState) {
    if (held && stateType == ReadinessState.class) {
      return stateType.cast(ReadinessState.REFUSING_TRAFFIC);
    }
    return super.getState(stateType, defaultState);
  }

  @Override
  public <S extends AvailabilityState> @Nullable S getState(Class<S> stateType) {
    if (held && stateType == ReadinessState.class) {
      return stateType.cast(ReadinessState.REFUSING_TRAFFIC);
    }
    return super.getState(stateType);
  }

  /** Lets the node report ready, and tells the application so. */
  void release(ApplicationContext context) {
    if (held) {
      held = false;
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
  }
}
