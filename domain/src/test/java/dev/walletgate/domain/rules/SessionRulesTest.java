package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.BOB;
import static dev.walletgate.domain.rules.Given.T0;
import static dev.walletgate.domain.rules.Given.USD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** S1-S4 as decided by {@link SessionRules} (and the settlement rules that ignore sessions). */
class SessionRulesTest {
  private static final Duration IDLE = Duration.ofMinutes(30);

  private static Session session(String id, PlayerId player, SessionState state, Instant seen) {
    return new Session(new SessionId(id), player, USD, state, T0.minus(Duration.ofHours(1)), seen);
  }

  private static boolean activeFor(Session session, PlayerId player, Instant now) {
    return SessionRules.isActiveFor(Optional.of(session), player, now, IDLE);
  }

  @Test
  void S1_activeSessionOfThePlayer_letsThePlayerBet() {
    assertThat(activeFor(session("s-1", ALICE, SessionState.ACTIVE, T0), ALICE, T0)).isTrue();
  }

  @Test
  void S1_unknownSession_isNotActive() {
    assertThat(SessionRules.isActiveFor(Optional.empty(), ALICE, T0, IDLE)).isFalse();
  }

  @Test
  void S1_sessionOfAnotherPlayer_isNotActiveForThisOne() {
    assertThat(activeFor(session("s-1", BOB, SessionState.ACTIVE, T0), ALICE, T0)).isFalse();
  }

  @Test
  void S2_winAndCancelRules_takeNoSessionInput() {
    assertThat(Signatures.recordMentions(WinAttempt.class, "Session")).isFalse();
    assertThat(Signatures.recordMentions(CancelAttempt.class, "Session")).isFalse();
    assertThat(Signatures.parametersMention(WinRules.class, "decide", "Session")).isFalse();
    assertThat(Signatures.parametersMention(CancelRules.class, "decide", "Session")).isFalse();
  }

  @Test
  void S3_olderSessionOfThePlayer_staysActiveNextToANewerOne() {
    Session older = session("s-old", ALICE, SessionState.ACTIVE, T0.minus(Duration.ofMinutes(5)));
    Session newer = session("s-new", ALICE, SessionState.ACTIVE, T0);

    assertThat(activeFor(older, ALICE, T0)).isTrue();
    assertThat(activeFor(newer, ALICE, T0)).isTrue();
  }

  @Test
  void S4_closedSession_endsAtOnce() {
    assertThat(activeFor(session("s-1", ALICE, SessionState.CLOSED, T0), ALICE, T0)).isFalse();
  }

  @Test
  void S4_sessionIdleForExactlyTheTimeout_isStillActive() {
    Session session = session("s-1", ALICE, SessionState.ACTIVE, T0);

    assertThat(activeFor(session, ALICE, T0.plus(IDLE))).isTrue();
  }

  @Test
  void S4_sessionIdleLongerThanTheTimeout_hasExpired() {
    Session session = session("s-1", ALICE, SessionState.ACTIVE, T0);

    assertThat(activeFor(session, ALICE, T0.plus(IDLE).plusNanos(1))).isFalse();
  }

  @Test
  void S4_activityWithinASecondOfTheLastTouch_isNotWritten_aSecondLaterItIs() {
    Session session = session("s-1", ALICE, SessionState.ACTIVE, T0);

    assertThat(SessionRules.touchDue(session, T0, IDLE)).isFalse();
    assertThat(SessionRules.touchDue(session, T0.plusMillis(999), IDLE)).isFalse();
    assertThat(SessionRules.touchDue(session, T0.plusSeconds(1), IDLE)).isTrue();
  }

  @Test
  void S4_withAShortIdleTime_touchesAfterOnePercentOfIt() {
    Session session = session("s-1", ALICE, SessionState.ACTIVE, T0);
    Duration idle = Duration.ofSeconds(10);

    assertThat(SessionRules.touchDue(session, T0.plusMillis(99), idle)).isFalse();
    assertThat(SessionRules.touchDue(session, T0.plusMillis(100), idle)).isTrue();
  }
}
