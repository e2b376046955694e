package dev.walletgate.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical request fingerprint behind I1-I3. */
class FingerprintTest {

  @Test
  void I1_fingerprintIsA64DigitLowerCaseHexDigest() {
    assertThat(Fingerprint.of("bet", "amount", "10.00").value()).matches("[0-9a-f]{64}");
  }

  @Test
  void I2_sameFieldsInAnyOrder_giveTheSameFingerprint() {
    Fingerprint abc = Fingerprint.of("bet", "a", "1", "b", "2", "c", "3");
    Fingerprint cab = Fingerprint.of("bet", "c", "3", "a", "1", "b", "2");
    Map<String, String> inserted = new LinkedHashMap<>();
    inserted.put("b", "2");
    inserted.put("c", "3");
    inserted.put("a", "1");

    assertThat(cab).isEqualTo(abc);
    assertThat(Fingerprint.of("bet", inserted)).isEqualTo(abc);
  }

  @Test
  void I2_sameContent_givesTheSameFingerprintEveryTime() {
    assertThat(Fingerprint.of("win", "amount", "0.50", "round", "r-1"))
        .isEqualTo(Fingerprint.of("win", "amount", "0.50", "round", "r-1"));
  }

  @Test
  void I2_nullFieldValue_isTheSameAsAnAbsentField() {
    Map<String, String> withNull = new HashMap<>();
    withNull.put("amount", "10.00");
    withNull.put("bonus", null);

    assertThat(Fingerprint.of("bet", withNull)).isEqualTo(Fingerprint.of("bet", "amount", "10.00"));
    assertThat(Fingerprint.of("bet", "amount", "10.00", "bonus", null))
        .isEqualTo(Fingerprint.of("bet", "amount", "10.00"));
  }

  @Test
  void I3_emptyFieldValue_differsFromAnAbsentField() {
    assertThat(Fingerprint.of("bet", "amount", "10.00", "bonus", ""))
        .isNotEqualTo(Fingerprint.of("bet", "amount", "10.00"));
  }

  @Test
  void I3_changedValue_changesTheFingerprint() {
    assertThat(Fingerprint.of("bet", "amount", "10.00"))
        .isNotEqualTo(Fingerprint.of("bet", "amount", "10.01"));
  }

  @Test
  void I3_valueMovedToAnotherField_changesTheFingerprint() {
    assertThat(Fingerprint.of("bet", "player", "alice", "round", "bob"))
        .isNotEqualTo(Fingerprint.of("bet", "player", "bob", "round", "alice"));
  }

  @Test
  void I3_textShiftedAcrossAFieldBoundary_changesTheFingerprint() {
    assertThat(Fingerprint.of("bet", "ab", "c")).isNotEqualTo(Fingerprint.of("bet", "a", "bc"));
    assertThat(Fingerprint.of("bet", "a", "1;b", "c", "2"))
        .isNotEqualTo(Fingerprint.of("bet", "a", "1", "b;c", "2"));
    assertThat(Fingerprint.of("bet:x", "a", "1")).isNotEqualTo(Fingerprint.of("bet", "x:a", "1"));
  }

  @Test
  void I3_otherOperationWithTheSameFields_changesTheFingerprint() {
    assertThat(Fingerprint.of("bet", "amount", "1.00"))
        .isNotEqualTo(Fingerprint.of("win", "amount", "1.00"));
  }

  @Test
  void givenOddNumberOfNamesAndValues_fingerprint_isABug() {
    assertThatThrownBy(() -> Fingerprint.of("bet", "amount", "1.00", "currency"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenAFieldNamedTwice_fingerprint_isABug() {
    assertThatThrownBy(() -> Fingerprint.of("bet", "amount", "1.00", "amount", "2.00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenNoOperation_fingerprint_isABug() {
    assertThatThrownBy(() -> Fingerprint.of(null, Map.of()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void givenAStoredValueOfTheWrongLength_fingerprint_cannotBeRebuilt() {
    assertThatThrownBy(() -> new Fingerprint("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fingerprint(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenAStoredValue_fingerprint_isRebuiltEqual() {
    Fingerprint original = Fingerprint.of("bet", "amount", "1.00");

    assertThat(new Fingerprint(original.value())).isEqualTo(original);
  }

  @Test
  void I2_aFieldNamedTwice_isRejected_evenWhenItsFirstValueIsNull() {
    assertThatThrownBy(() -> Fingerprint.of("op", "a", null, "a", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void I2_aFingerprintValue_mustBeLowerCaseHex() {
    assertThatThrownBy(() -> new Fingerprint("z".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
