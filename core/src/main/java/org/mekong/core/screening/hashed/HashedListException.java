package org.mekong.core.screening.hashed;

import java.io.IOException;

/** The bytes read are not a complete, intact {@link HashedList}; the message says what is wrong. */
public final class HashedListException extends IOException {

  private static final long serialVersionUID = 1L;

  HashedListException(String message) {
    super(message);
  }
}
