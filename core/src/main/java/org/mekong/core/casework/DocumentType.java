package org.mekong.core.casework;

/** The kind of an identity document. */
public enum DocumentType {
  PASSPORT,
  NATIONAL_ID,
  TRAVEL_DOCUMENT,
  BORDER_PASS,
  RESIDENCE_PERMIT,
  SEAMAN_BOOK,
  EXIT_DOCUMENT,
  OTHER
}
