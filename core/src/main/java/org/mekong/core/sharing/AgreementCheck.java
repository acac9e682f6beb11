package org.mekong.core.sharing;

/** The outcome of checking input for a {@link SharingAgreement}. */
public sealed interface AgreementCheck permits AgreementCheck.Valid, AgreementCheck.Invalid {

  /** The input makes this agreement. */
  record Valid(SharingAgreement agreement) implements AgreementCheck {}

  /** The input makes no agreement, for this reason (safe to show to the submitter). */
  record Invalid(String reason) implements AgreementCheck {}
}
