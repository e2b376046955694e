package dev.walletgate.application.service;

import static dev.walletgate.application.contract.StoreFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.memory.InMemoryStores;
import dev.walletgate.application.port.in.ReconcileUseCase;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform's queries take a currency as a code and an age as a duration: text no database can
 * hold is no code, so no query can name it and the store is never asked about it (PostgreSQL would
 * refuse a NUL even in a query, a fault the caller would retry), and an age whose cutoff leaves the
 * timestamp range of the columns is refused as bad input.
 */
class PlatformQueryInputTest {
  private final CountingStores stores = new CountingStores();
  private final TestWallet wallet = TestWallet.over(stores);

  @ParameterizedTest
  @ValueSource(strings = {"US\u0000D", "\u0000", "US\uD800", "\uDC00USD"})
  void givenUnstorableCurrency_noQueryCanNameIt_soTheStoreIsNotAsked(String currency) {
    wallet.account("alice", "USD", "10.00");
    int before = stores.calls;

    assertThat(CurrencyCode.parse(currency)).isInstanceOf(Checked.Invalid.class);
    assertThatThrownBy(() -> new CurrencyCode(currency))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stores.calls).isEqualTo(before);
  }

  @Test
  void givenAStorableCurrency_theStoreIsAsked() {
    wallet.account("alice", "USD", "10.00");

    assertThat(wallet.services().queries().getAccount(new PlayerId("alice"), USD)).isPresent();
    assertThat(wallet.services().queries().recentEntries(new PlayerId("alice"), USD, 10))
        .hasSize(1);
  }

  @Test
  void givenAnAgeUpToACentury_reconcile_answers() {
    assertThat(
            wallet
                .services()
                .reconciliation()
                .reconcile(ReconcileUseCase.MAX_AGE, 10)
                .openBetCount())
        .isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"P36501D", "PT87600000H", "PT2562047788015215H"})
  void givenAnAgeOverACentury_reconcile_isRefusedBeforeTheStore(String age) {
    int before = stores.calls;

    assertThatThrownBy(() -> wallet.services().reconciliation().reconcile(Duration.parse(age), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("36500 days");
    assertThat(stores.calls).isEqualTo(before);
  }

  /** In-memory stores that count the transactions asked of them. */
  private static final class CountingStores implements Transactions {
    private final InMemoryStores memory = new InMemoryStores();
    private int calls;

    @Override
    public <T> T inTransaction(Function<Stores, T> work) {
      calls++;
      return memory.inTransaction(work);
    }
  }
}
