package dev.walletgate.application.memory;

import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.domain.model.Integration.KYREN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.in.CheckSessionCommand;
import dev.walletgate.application.port.in.GetBalanceCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.outcome.Outcome;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Rules that need to look inside the storage: reads store nothing (I6), and a fault in the middle
 * of a transaction leaves no partial effect, then a retry finishes the work (F1, I1).
 */
class FaultsAndReadsTest {
  private final TestWallet wallet = TestWallet.inMemory();
  private final InMemoryStores stores = wallet.memory();

  @Test
  void I6_checkAndBalance_areReadOnly_andNotRecorded() {
    wallet.account("alice", "USD", "10");
    SessionId session = wallet.openSession("alice", "USD");
    int requests = stores.requestRecordCount();
    int entries = stores.ledgerEntryCount();

    Outcome check =
        wallet
            .services()
            .providerSessions()
            .checkSession(
                new CheckSessionCommand(new PlayerId("alice"), session, Optional.empty()));
    Outcome balance =
        wallet
            .services()
            .providerSessions()
            .getBalance(new GetBalanceCommand(new PlayerId("alice"), session, Optional.of(USD)));

    assertThat(check.isSuccess()).isTrue();
    assertThat(balance.balance().orElseThrow().display()).isEqualTo("10.00");
    assertThat(stores.requestRecordCount()).isEqualTo(requests);
    assertThat(stores.ledgerEntryCount()).isEqualTo(entries);
  }

  @Test
  void F1_aStorageFaultMidTransaction_leavesNoPartialEffect_andTheRetryFinishesTheWork() {
    wallet.account("alice", "USD", "10");
    SessionId session = wallet.openSession("alice", "USD");
    PlaceBetCommand bet = wallet.bet(KYREN, "alice", session, "r1", "bet-1", "4", "USD");
    stores.injectFaults(
        operation -> {
          if (operation.equals("requests.complete")) {
            throw new StorageUnavailableException("connection lost", null);
          }
        });

    assertThatThrownBy(() -> wallet.place(bet)).isInstanceOf(StorageUnavailableException.class);
    assertThat(wallet.request(KYREN, bet.requestId())).isEmpty();
    assertThat(wallet.bet(KYREN, "bet-1")).isEmpty();
    assertThat(wallet.balance("alice", "USD")).isEqualByComparingTo("10");

    stores.injectFaults(InMemoryStores.FaultInjector.NONE);
    assertThat(wallet.place(bet).outcome().isSuccess()).isTrue();
    assertThat(wallet.balance("alice", "USD")).isEqualByComparingTo("6");
  }

  @Test
  void F1_aConflictIsRetried_aBoundedNumberOfTimes_thenSurfaces() {
    wallet.account("alice", "USD", "10");
    SessionId session = wallet.openSession("alice", "USD");
    AtomicInteger claims = new AtomicInteger();
    stores.injectFaults(
        operation -> {
          if (operation.equals("requests.claim")) {
            claims.incrementAndGet();
            throw new RetryableConflictException("serialization failure", null);
          }
        });

    PlaceBetCommand bet = wallet.bet(KYREN, "alice", session, "r1", "bet-2", "4", "USD");

    assertThatThrownBy(() -> wallet.place(bet)).isInstanceOf(RetryableConflictException.class);
    assertThat(claims.get()).isEqualTo(wallet.services().settings().maxAttempts());
    assertThat(wallet.balance("alice", "USD")).isEqualByComparingTo("10");
  }

  @Test
  void S4_betsWithinASecond_writeTheSessionOnce_aBetASecondLaterWritesItAgain() {
    wallet.account("alice", "USD", "10");
    SessionId session = wallet.openSession("alice", "USD");
    AtomicInteger touches = new AtomicInteger();
    stores.injectFaults(
        operation -> {
          if (operation.equals("sessions.touch")) {
            touches.incrementAndGet();
          }
        });

    wallet.clock().advance(Duration.ofSeconds(5));
    wallet.place(wallet.bet(KYREN, "alice", session, "r1", "bet-1", "1", "USD"));
    wallet.clock().advance(Duration.ofMillis(500));
    wallet.place(wallet.bet(KYREN, "alice", session, "r1", "bet-2", "1", "USD"));
    assertThat(touches.get()).isEqualTo(1);

    wallet.clock().advance(Duration.ofMillis(500));
    wallet.place(wallet.bet(KYREN, "alice", session, "r1", "bet-3", "1", "USD"));
    assertThat(touches.get()).isEqualTo(2);
    assertThat(wallet.balance("alice", "USD")).isEqualByComparingTo("7");
  }
}
