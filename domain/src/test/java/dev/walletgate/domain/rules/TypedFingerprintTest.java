package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.FingerprintField.AMOUNT;
import static dev.walletgate.domain.rules.FingerprintField.BONUS;
import static dev.walletgate.domain.rules.FingerprintField.ENDS_ROUND;
import static dev.walletgate.domain.rules.FingerprintField.PLAYER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The typed fingerprint the services build (I1): the same digest as the canonical form under the
 * names stored by earlier releases, so that a request recorded before still replays.
 */
class TypedFingerprintTest {

  @Test
  void I1_aTypedFingerprint_isTheCanonicalDigestOfItsStoredNames() {
    Fingerprint typed =
        Fingerprint.of(Operation.BET).with(PLAYER, "alice").with(AMOUNT, "10.00").digest();

    // SHA-256 of "3:bet;6:amount;5:10.00;6:player;5:alice;", the canonical form's bytes.
    assertThat(typed.value())
        .isEqualTo("3363d2533b988c8d0865934fe99468aa80031c628b8eda132d4d0c2e711d8366");
    assertThat(typed).isEqualTo(Fingerprint.of("bet", "player", "alice", "amount", "10.00"));
  }

  @Test
  void I2_fieldsInAnyOrder_andANullField_giveTheSameTypedFingerprint() {
    Fingerprint one =
        Fingerprint.of(Operation.WIN).with(AMOUNT, "1.00").with(PLAYER, "bob").digest();
    Fingerprint other =
        Fingerprint.of(Operation.WIN)
            .with(PLAYER, "bob")
            .with(BONUS, (String) null)
            .with(AMOUNT, "1.00")
            .digest();

    assertThat(other).isEqualTo(one);
  }

  @Test
  void I3_aFlag_isDigestedAsItsText_andChangesTheFingerprint() {
    assertThat(Fingerprint.of(Operation.WIN).with(ENDS_ROUND, true).digest())
        .isEqualTo(Fingerprint.of("win", "endsRound", "true"))
        .isNotEqualTo(Fingerprint.of(Operation.WIN).with(ENDS_ROUND, false).digest());
  }

  @Test
  void givenAFieldTwice_theTypedFingerprint_isABug() {
    Fingerprint.Builder builder = Fingerprint.of(Operation.BET).with(AMOUNT, null);

    assertThatThrownBy(() -> builder.with(AMOUNT, "1.00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyOperation_isFoundByItsStoredName_andTheNamesAreThoseOfEarlierReleases() {
    assertThat(Arrays.stream(Operation.values()).map(Operation::storedName))
        .containsExactly("bet", "win", "endRound", "sessionExpired", "cancel", "refund");
    for (Operation operation : Operation.values()) {
      assertThat(Operation.ofStoredName(operation.storedName())).isSameAs(operation);
    }
    assertThatThrownBy(() -> Operation.ofStoredName("BET"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
