package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.ALICE;
import static dev.walletgate.application.contract.StoreFixtures.BOB;
import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.application.contract.StoreFixtures.assertSameValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.walletgate.application.port.out.SessionStore}: game sessions. */
public abstract class AbstractSessionStoreContract extends AbstractStorageContract {
  private static final SessionId S1 = new SessionId("session-1");

  private static Session active(SessionId id) {
    return new Session(id, ALICE, EUR, SessionState.ACTIVE, T0, T0.plusMillis(5));
  }

  @Test
  void givenInsertedSession_find_returnsItExactly() {
    Session session = active(S1);
    doInTx(s -> s.sessions().insert(session));

    assertSameValues(inTx((Stores s) -> s.sessions().find(S1)).orElseThrow(), session);
  }

  @Test
  void givenNoSession_find_returnsEmpty() {
    doInTx(s -> s.sessions().insert(active(S1)));

    assertThat(inTx((Stores s) -> s.sessions().find(new SessionId("session-2")))).isEmpty();
  }

  @Test
  void givenTakenId_insert_conflictsAndKeepsTheFirst() {
    Session first = active(S1);
    doInTx(s -> s.sessions().insert(first));
    Session other = new Session(S1, BOB, USD, SessionState.ACTIVE, T0, T0);

    assertThatThrownBy(() -> doInTx(s -> s.sessions().insert(other)))
        .isInstanceOf(RetryableConflictException.class);
    assertSameValues(inTx((Stores s) -> s.sessions().find(S1)).orElseThrow(), first);
  }

  @Test
  void S4_givenSession_touch_movesLastSeenOnly() {
    doInTx(s -> s.sessions().insert(active(S1)));
    var later = T0.plus(Duration.ofMinutes(7)).plusMillis(321);

    doInTx(s -> s.sessions().touch(S1, later));

    Session touched = inTx((Stores s) -> s.sessions().find(S1)).orElseThrow();
    assertThat(touched.lastSeenAt()).isEqualTo(later);
    assertThat(touched.openedAt()).isEqualTo(T0);
    assertThat(touched.state()).isEqualTo(SessionState.ACTIVE);
  }

  @Test
  void S4_givenActiveSession_close_endsItAtOnce() {
    doInTx(s -> s.sessions().insert(active(S1)));

    assertThat(inTx((Stores s) -> s.sessions().close(S1))).isTrue();

    Session closed = inTx((Stores s) -> s.sessions().find(S1)).orElseThrow();
    assertThat(closed.state()).isEqualTo(SessionState.CLOSED);
    assertThat(closed.player()).isEqualTo(ALICE);
    assertThat(closed.lastSeenAt()).isEqualTo(T0.plusMillis(5));
  }

  @Test
  void givenUnknownSession_closeAndTouch_changeNothing() {
    doInTx(s -> s.sessions().touch(S1, T0));

    assertThat(inTx((Stores s) -> s.sessions().close(S1))).isFalse();
    assertThat(inTx((Stores s) -> s.sessions().find(S1))).isEmpty();
  }

  @Test
  void S3_givenTwoSessionsOfOnePlayer_closingOne_leavesTheOther() {
    SessionId s2 = new SessionId("session-2");
    doInTx(s -> s.sessions().insert(active(S1)));
    doInTx(s -> s.sessions().insert(active(s2)));

    doInTx(s -> s.sessions().close(S1));

    assertThat(inTx((Stores s) -> s.sessions().find(s2)).orElseThrow().state())
        .isEqualTo(SessionState.ACTIVE);
  }
}
