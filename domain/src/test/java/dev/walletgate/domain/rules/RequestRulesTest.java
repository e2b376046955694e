package dev.walletgate.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.rules.RequestRules.RequestDecision;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decision part of I1-I3: what a request id's recorded fingerprint means for a new call. */
class RequestRulesTest {
  private static final Fingerprint BET_10 =
      Fingerprint.of("bet", "player", "alice", "amount", "10.00", "currency", "USD");
  private static final Fingerprint BET_11 =
      Fingerprint.of("bet", "player", "alice", "amount", "11.00", "currency", "USD");

  @Test
  void I1_unseenRequestId_isProcessedAndRecorded() {
    assertThat(RequestRules.decide(Optional.empty(), BET_10)).isEqualTo(RequestDecision.PROCESS);
  }

  @Test
  void I2_seenRequestIdWithTheSameFingerprint_isReplayed() {
    Fingerprint recomputed =
        Fingerprint.of("bet", "currency", "USD", "amount", "10.00", "player", "alice");

    assertThat(RequestRules.decide(Optional.of(BET_10), recomputed))
        .isEqualTo(RequestDecision.REPLAY);
  }

  @Test
  void I3_seenRequestIdWithAnotherFingerprint_isAConflict() {
    assertThat(RequestRules.decide(Optional.of(BET_10), BET_11))
        .isEqualTo(RequestDecision.CONFLICT);
  }
}
