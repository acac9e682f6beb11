package org.mekong.core.casework;

/** A need or vulnerability recorded for a person, which the agencies holding them must meet. */
public enum Need {
  MEDICAL_CARE,
  INJURED,
  PSYCHOLOGICAL_SUPPORT,
  SHELTER,
  INTERPRETER,
  LEGAL_AID,
  MINOR,
  PREGNANT,
  DISABILITY,
  ELDERLY,
  NO_TRAVEL_DOCUMENT,
  FAMILY_TRACING
}
