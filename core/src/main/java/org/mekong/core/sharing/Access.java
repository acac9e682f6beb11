package org.mekong.core.sharing;

import static java.util.Objects.requireNonNull;

/**
 * Whether an agency may see a shared object, and on what ground or for what reason. The reason for
 * a denial is for logs only: never tell it to the viewer.
 */
public sealed interface Access permits Access.Granted, Access.Denied {

  /** Whether the viewer may see the object. */
  default boolean isGranted() {
    return this instanceof Granted;
  }

  /** The viewer may see the object, on this ground. */
  record Granted(Ground ground) implements Access {
    public Granted {
      requireNonNull(ground, "ground");
    }

    /** Whether the viewer may learn which agency originated the object. */
    public boolean originatorDisclosed() {
      return switch (ground) {
        case OWN, PUBLIC, COMMUNITY, RECIPIENT, AGREEMENT -> true;
        case CLIENT_OF_RECIPIENT -> false;
      };
    }
  }

  /** The viewer may not see the object, for this reason (for logs only). */
  record Denied(Refusal reason) implements Access {
    public Denied {
      requireNonNull(reason, "reason");
    }
  }

  /** Why an agency may see an object. */
  enum Ground {
    /** The viewer originated it. */
    OWN,
    /** TLP:CLEAR. */
    PUBLIC,
    /** TLP:GREEN and the viewer is an agency known to the node (its community). */
    COMMUNITY,
    /** The marking names the viewer as a recipient. */
    RECIPIENT,
    /** An agreement from the originator carries the object's categories to the viewer. */
    AGREEMENT,
    /**
     * TLP:AMBER, the viewer is a screening client, and an agreement carries the object's categories
     * to it from the originator or from a law-enforcement or financial-intelligence recipient.
     */
    CLIENT_OF_RECIPIENT
  }

  /** Why an agency may not see an object. */
  enum Refusal {
    /** Not TLP:CLEAR and the viewer is not an agency known to the node. */
    OUTSIDE_COMMUNITY,
    /** TLP:RED and the marking does not name the viewer. */
    NOT_NAMED,
    /** TLP:AMBER or AMBER+STRICT, not named, and no agreement carries the object to the viewer. */
    NO_AGREEMENT,
    /** TLP:AMBER+STRICT and the only agreement that carries the categories stops at AMBER. */
    LEVEL_ABOVE_AGREEMENT,
    /** TLP:AMBER+STRICT reaches a screening client only when the marking names it. */
    CLIENTS_EXCLUDED,
    /** A holder other than the originator may not pass this object on. */
    ONWARD_SHARING_FORBIDDEN
  }
}
