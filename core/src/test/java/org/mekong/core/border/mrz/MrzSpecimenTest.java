package org.mekong.core.border.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The specimens of ICAO Doc 9303 (Parts 4 to 7), read field by field. */
class MrzSpecimenTest {

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

  static final String TD1 =
      "I<UTOD231458907<<<<<<<<<<<<<<< 7408122F1204159UTO<<<<<<<<<<<6"
          + " ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
  static final String TD2 =
      "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<< D231458907UTO7408122F1204159<<<<<<<6";
  static final String TD3 =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  static final String MRV_A =
      "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L8988901C4XXX4009078F96121096ZE184226B<<<<<<";

  static final String MRV_B =
      "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<< L8988901C4XXX4009078F9612109<<<<<<<<";

  private final MrzParser parser = new MrzParser(TODAY);

  @Test
  void td1IdentityCard() {
    MrzDocument card = parser.parse(TD1);
    assertThat(card.errors()).isEmpty();
    assertThat(card.valid()).isTrue();
    assertThat(card.format()).isEqualTo(MrzFormat.TD1);
    assertThat(card.documentCode()).isEqualTo("I");
    assertThat(card.issuingState()).isEqualTo("UTO");
    assertThat(card.documentNumber()).isEqualTo("D23145890");
    assertThat(card.nationality()).isEqualTo("UTO");
    assertThat(card.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(card.sex()).isEqualTo(Sex.FEMALE);
    assertThat(card.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(card.surname()).isEqualTo("ERIKSSON");
    assertThat(card.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(card.optionalData()).isEmpty();
    assertThat(card.optionalData2()).isEmpty();
  }

  @Test
  void td2Card() {
    MrzDocument card = parser.parse(TD2);
    assertThat(card.errors()).isEmpty();
    assertThat(card.format()).isEqualTo(MrzFormat.TD2);
    assertThat(card.documentNumber()).isEqualTo("D23145890");
    assertThat(card.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(card.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(card.surname()).isEqualTo("ERIKSSON");
    assertThat(card.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(card.optionalData()).isEmpty();
    assertThat(card.optionalData2()).isNull();
  }

  @Test
  void td3Passport() {
    MrzDocument passport = parser.parse(TD3);
    assertThat(passport.errors()).isEmpty();
    assertThat(passport.format()).isEqualTo(MrzFormat.TD3);
    assertThat(passport.documentCode()).isEqualTo("P");
    assertThat(passport.issuingState()).isEqualTo("UTO");
    assertThat(passport.documentNumber()).isEqualTo("L898902C3");
    assertThat(passport.nationality()).isEqualTo("UTO");
    assertThat(passport.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(passport.sex()).isEqualTo(Sex.FEMALE);
    assertThat(passport.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(passport.optionalData()).isEqualTo("ZE184226B");
    assertThat(passport.visa()).isFalse();
  }

  @Test
  void mrvAVisaHasNoCompositeCheckDigit() {
    MrzDocument visa = parser.parse(MRV_A);
    assertThat(visa.errors()).isEmpty();
    assertThat(visa.format()).isEqualTo(MrzFormat.TD3);
    assertThat(visa.visa()).isTrue();
    assertThat(visa.documentCode()).isEqualTo("V");
    assertThat(visa.documentNumber()).isEqualTo("L8988901C");
    assertThat(visa.nationality()).isEqualTo("XXX");
    assertThat(visa.birthDate()).isEqualTo(LocalDate.of(1940, 9, 7));
    assertThat(visa.expiryDate()).isEqualTo(LocalDate.of(1996, 12, 10));
    assertThat(visa.optionalData()).isEqualTo("6ZE184226B");
  }

  @Test
  void mrvBVisaInTd2Size() {
    MrzDocument visa = parser.parse(MRV_B);
    assertThat(visa.errors()).isEmpty();
    assertThat(visa.format()).isEqualTo(MrzFormat.TD2);
    assertThat(visa.visa()).isTrue();
    assertThat(visa.documentNumber()).isEqualTo("L8988901C");
    assertThat(visa.expiryDate()).isEqualTo(LocalDate.of(1996, 12, 10));
    assertThat(visa.optionalData()).isEmpty();
  }

  @Test
  void theSpecimensAreTheirOwnComposition() {
    for (String specimen : new String[] {TD1, TD2, TD3, MRV_A, MRV_B}) {
      assertThat(MrzComposer.compose(parser.parse(specimen))).isEqualTo(specimen);
    }
  }

  @Test
  void anExpiredDocumentIsStillValid() {
    MrzDocument passport = parser.parse(TD3);
    assertThat(passport.valid()).isTrue();
    assertThat(passport.expiredOn(LocalDate.of(2026, 12, 6))).isTrue();
    assertThat(passport.expiredOn(LocalDate.of(2012, 4, 15))).isFalse();
  }
}
