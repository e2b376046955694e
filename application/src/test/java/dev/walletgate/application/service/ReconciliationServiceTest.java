package dev.walletgate.application.service;

import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.domain.model.Integration.KYREN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.in.LedgerVerification;
import dev.walletgate.application.port.in.Reconciliation;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReconciliationServiceTest {
  private final TestWallet wallet = TestWallet.inMemory();

  @Test
  void givenOpenVoidedAndRefused_reconcile_listsEachWithItsCount() {
    wallet.account("alice", "USD", "100");
    SessionId session = wallet.openSession("alice", "USD");
    wallet.place(wallet.bet(KYREN, "alice", session, "r-old", "old-bet", "1", "USD"));
    wallet.place(wallet.bet(KYREN, "alice", session, "r-settled", "settled-bet", "1", "USD"));
    wallet.services().rounds().endRound(wallet.endRound(KYREN, "alice", "r-settled", "USD"));
    wallet
        .services()
        .cancels()
        .cancelBet(wallet.cancel(KYREN, "alice", "settled-bet", Optional.of("USD")));
    wallet
        .services()
        .cancels()
        .cancelBet(wallet.cancel(KYREN, "alice", "never-placed", Optional.of("USD")));
    wallet.clock().advance(Duration.ofMinutes(15));
    wallet.place(wallet.bet(KYREN, "alice", session, "r-new", "new-bet", "1", "USD"));

    Reconciliation r = wallet.services().reconciliation().reconcile(Duration.ofMinutes(10), 100);

    assertThat(r.openBets()).extracting(b -> b.key().value()).containsExactly("old-bet");
    assertThat(r.openBetCount()).isEqualTo(1);
    assertThat(r.voidedKeys()).extracting(b -> b.key().value()).containsExactly("never-placed");
    assertThat(r.voidedKeyCount()).isEqualTo(1);
    assertThat(r.refusedCancels()).hasSize(1);
    assertThat(r.refusedCancels().get(0).betKey()).isEqualTo("settled-bet");
    assertThat(r.refusedCancels().get(0).refusal()).isEqualTo(Refusal.BET_ALREADY_SETTLED);
    assertThat(r.refusedCancelCount()).isEqualTo(1);
  }

  @Test
  void givenMoreAccountsThanAPage_L1_verifyLedger_checksEveryOne_andReportsProgress() {
    for (int i = 0; i < 1001; i++) {
      wallet.account(String.format("p%04d", i), "USD", i % 3 == 0 ? "0" : "5");
    }
    List<Long> progress = new ArrayList<>();

    LedgerVerification result = wallet.services().reconciliation().verifyLedger(progress::add);

    assertThat(result.holds()).isTrue();
    assertThat(result.accountsChecked()).isEqualTo(1001);
    assertThat(progress).containsExactly(500L, 1000L, 1001L);
  }

  @Test
  void givenABalanceThatDisagreesWithItsEntries_L1_verifyLedger_reportsTheAccount() {
    wallet.account("alice", "USD", "10").account("bob", "USD", "10");
    // An entry whose balance-after skips its amount: the ledger no longer adds up.
    wallet
        .transactions()
        .inTransaction(
            s -> {
              s.accounts()
                  .book(
                      new LedgerEntry(
                          new OperatorTransactionId("corrupt-1"),
                          new PlayerId("bob"),
                          USD,
                          EntryKind.WIN,
                          new BigDecimal("1"),
                          new BigDecimal("20"),
                          KYREN,
                          "w",
                          wallet.clock().instant()));
              return null;
            });

    LedgerVerification result = wallet.services().reconciliation().verifyLedger(n -> {});

    assertThat(result.holds()).isFalse();
    assertThat(result.mismatches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.player().value()).isEqualTo("bob");
              assertThat(m.balance()).isEqualByComparingTo("20");
              assertThat(m.sumOfEntries()).isEqualByComparingTo("11");
            });
  }
}
