package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.ALICE;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.application.contract.StoreFixtures.platformEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.UnstorableValueException;
import dev.walletgate.domain.model.EntryKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The line behind the domain's checks: a value that reaches the database and is refused there as
 * data (SQLSTATE class 22) comes out as {@link UnstorableValueException}, which callers answer as
 * invalid input, never as a retry; and the transaction leaves nothing. The values are raw strings
 * and amounts the store ports take without a domain type, which the services check beforehand (a
 * currency is a {@code CurrencyCode}, which no such text can be).
 */
public abstract class AbstractUnstorableValueContract extends AbstractStorageContract {

  @Test
  void givenAKeyLongerThanItsColumn_book_isUnstorableAndLeavesNothing() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, USD, T0));
    String tooLong = "k".repeat(256);

    assertThatThrownBy(
            () ->
                doInTx(
                    s ->
                        s.accounts()
                            .book(
                                platformEntry(
                                    ALICE, USD, EntryKind.DEPOSIT, "1", "1", tooLong, T0))))
        .isInstanceOf(UnstorableValueException.class)
        .hasMessageStartingWith("the database refused a value as data (SQLState 22")
        .message()
        .doesNotContain(tooLong);
    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, USD)).orElseThrow().balance())
        .isEqualByComparingTo("0");
    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, USD))).isEmpty();
  }

  @Test
  void givenABalanceBeyondItsColumn_book_isUnstorableAndLeavesNothing() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, USD, T0));
    String tooLarge = "100000000000000000000";

    assertThatThrownBy(
            () ->
                doInTx(
                    s ->
                        s.accounts()
                            .book(
                                platformEntry(
                                    ALICE, USD, EntryKind.DEPOSIT, tooLarge, tooLarge, "d1", T0))))
        .isInstanceOf(UnstorableValueException.class);
    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, USD)).orElseThrow().balance())
        .isEqualByComparingTo("0");
    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, USD))).isEmpty();
  }

  // H2 keeps a NUL, PostgreSQL refuses it: either is fine here, as long as the refusal is the
  // non-retryable kind and a kept value reads back exactly.
  @Test
  void givenANulInText_theDatabaseKeepsItExactly_orRefusesItAsUnstorable() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, USD, T0));
    String withNul = "d\u0000";
    Optional<String> stored;
    try {
      doInTx(
          s ->
              s.accounts()
                  .book(platformEntry(ALICE, USD, EntryKind.DEPOSIT, "1", "1", withNul, T0)));
      stored = Optional.of(inTx((Stores s) -> s.accounts().allEntries(ALICE, USD)).get(0).key());
    } catch (UnstorableValueException refused) {
      stored = Optional.empty();
      assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, USD))).isEmpty();
    }
    stored.ifPresent(key -> assertThat(key).isEqualTo(withNul));
  }
}
