package org.mekong.core.selector.extract;

import org.mekong.core.selector.Parsed;

/** A selector some scanner found at {@code [start, end)}, before overlaps are resolved. */
record Candidate(int start, int end, Parsed.Valid valid) {

  /**
   * Which of two candidates over the same chars is kept: the more specific reading (a profile link
   * over a URL, a URL over a domain, an e-mail over a domain, anything over a phone).
   */
  int rank() {
    return switch (valid.selector().type()) {
      case SOCIAL, APP -> 9;
      case URL -> 8;
      case EMAIL -> 7;
      case WALLET -> 6;
      case BANK_ACCOUNT -> 5;
      case IP -> 4;
      case IMEI, IMSI -> 3;
      case PHONE -> 2;
      case DOMAIN -> 1;
    };
  }

  int length() {
    return end - start;
  }
}
