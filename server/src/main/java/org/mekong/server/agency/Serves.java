package org.mekong.server.agency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kinds of caller an endpoint serves, declared on its handler method (or on its controller for
 * every method). Any other kind is refused with 403 before the handler runs; a handler without a
 * declaration stops the node at start-up.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Serves {

  /** The kinds served; {@link CallerKind#PUBLIC} alone means anyone, without a key too. */
  CallerKind[] value();
}
