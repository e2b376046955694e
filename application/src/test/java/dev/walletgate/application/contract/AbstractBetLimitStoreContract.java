package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.ALICE;
import static dev.walletgate.application.contract.StoreFixtures.BOB;
import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.application.contract.StoreFixtures.amount;
import static dev.walletgate.application.contract.StoreFixtures.entry;
import static dev.walletgate.application.contract.StoreFixtures.platformEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.limits.Limit;
import dev.walletgate.domain.limits.PendingRaise;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.walletgate.application.port.out.BetLimitStore}: limits round-trip with
 * every field, are replaced and rolled back with their transaction, and the net loss is summed over
 * exactly the play entries of the account in the interval (G5).
 */
public abstract class AbstractBetLimitStoreContract extends AbstractStorageContract {
  private static final Instant LATER = T0.plus(Duration.ofHours(24));

  @BeforeEach
  void accounts() {
    doInTx(
        s -> {
          s.accounts().createIfAbsent(ALICE, EUR, T0);
          s.accounts().createIfAbsent(ALICE, USD, T0);
          s.accounts().createIfAbsent(BOB, EUR, T0);
        });
  }

  private static BetLimits limits(PlayerId player, Limit stake, Limit dailyLoss) {
    return new BetLimits(player, EUR, stake, dailyLoss);
  }

  private static Limit raised(String from, String to) {
    return new Limit(
        Optional.of(amount(from)), Optional.of(new PendingRaise(Optional.of(amount(to)), LATER)));
  }

  private static Limit removed(String from) {
    return new Limit(
        Optional.of(amount(from)), Optional.of(new PendingRaise(Optional.empty(), LATER)));
  }

  private Optional<BetLimits> find(PlayerId player, CurrencyCode currency) {
    return inTx((Stores s) -> s.limits().find(player, currency));
  }

  /** Databases give NUMERIC back at the column's scale: amounts are compared by value. */
  private static void assertSameLimits(BetLimits actual, BetLimits expected) {
    assertThat(actual.player()).isEqualTo(expected.player());
    assertThat(actual.currency()).isEqualTo(expected.currency());
    assertSameLimit(actual.stake(), expected.stake());
    assertSameLimit(actual.dailyLoss(), expected.dailyLoss());
  }

  private static void assertSameLimit(Limit actual, Limit expected) {
    assertSameAmount(actual.amount(), expected.amount());
    assertThat(actual.pending().isPresent()).isEqualTo(expected.pending().isPresent());
    if (expected.pending().isPresent()) {
      assertSameAmount(actual.pending().get().amount(), expected.pending().get().amount());
      assertThat(actual.pending().get().effectiveAt())
          .isEqualTo(expected.pending().get().effectiveAt());
    }
  }

  private static void assertSameAmount(Optional<BigDecimal> actual, Optional<BigDecimal> expected) {
    assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
    expected.ifPresent(e -> assertThat(actual.get()).isEqualByComparingTo(e));
  }

  @Test
  void givenNoLimits_find_isEmpty() {
    assertThat(find(ALICE, EUR)).isEmpty();
    assertThat(inTx((Stores s) -> s.limits().findForUpdate(ALICE, EUR))).isEmpty();
  }

  @Test
  void givenEveryKindOfLimit_saveAndFind_returnThemExactly() {
    BetLimits set =
        limits(
            ALICE,
            raised("0.000000000000000001", "99999999999999999999.999999999999999999"),
            removed("0"));
    BetLimits none = limits(BOB, Limit.NONE, Limit.of(amount("12.5")));

    doInTx(
        s -> {
          s.limits().save(set, T0);
          s.limits().save(none, T0);
        });

    assertSameLimits(find(ALICE, EUR).orElseThrow(), set);
    assertSameLimits(find(BOB, EUR).orElseThrow(), none);
    assertSameLimits(inTx((Stores s) -> s.limits().findForUpdate(ALICE, EUR)).orElseThrow(), set);
    assertThat(find(ALICE, USD)).isEmpty();
  }

  @Test
  void givenStoredLimits_save_replacesThem() {
    doInTx(s -> s.limits().save(limits(ALICE, raised("10", "20"), removed("5")), T0));
    BetLimits lowered = limits(ALICE, Limit.of(amount("1")), Limit.NONE);

    doInTx(s -> s.limits().save(lowered, LATER));

    assertSameLimits(find(ALICE, EUR).orElseThrow(), lowered);
  }

  @Test
  void givenAFailingTransaction_save_isRolledBack() {
    doInTx(s -> s.limits().save(limits(ALICE, Limit.of(amount("10")), Limit.NONE), T0));

    assertThatThrownBy(
            () ->
                doInTx(
                    s -> {
                      s.limits().save(limits(ALICE, Limit.of(amount("1")), Limit.NONE), LATER);
                      s.limits().save(limits(BOB, Limit.of(amount("1")), Limit.NONE), LATER);
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessage("rolled back");

    assertSameLimits(
        find(ALICE, EUR).orElseThrow(), limits(ALICE, Limit.of(amount("10")), Limit.NONE));
    assertThat(find(BOB, EUR)).isEmpty();
  }

  @Test
  void G5_netLoss_isStakesMinusWinsAndRefunds_bookedInTheInterval() {
    Instant from = T0;
    Instant to = T0.plus(Duration.ofDays(1));
    doInTx(
        s -> {
          s.accounts()
              .book(platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "1000", "1000", "dep-1", from));
          s.accounts()
              .book(entry(ALICE, EUR, EntryKind.BET, "-5", "995", "before", from.minusMillis(1)));
          s.accounts().book(entry(ALICE, EUR, EntryKind.BET, "-100.25", "894.75", "b1", from));
          s.accounts()
              .book(entry(ALICE, EUR, EntryKind.WIN, "40", "934.75", "w1", from.plusSeconds(60)));
          s.accounts()
              .book(entry(ALICE, EUR, EntryKind.REFUND, "0.25", "935", "b1", to.minusMillis(1)));
          s.accounts()
              .book(
                  platformEntry(
                      ALICE,
                      EUR,
                      EntryKind.WITHDRAWAL,
                      "-35",
                      "900",
                      "wd-1",
                      from.plusSeconds(90)));
          s.accounts().book(entry(ALICE, EUR, EntryKind.BET, "-7", "893", "after", to));
          s.accounts().book(entry(ALICE, USD, EntryKind.BET, "0", "0", "other-currency", from));
          s.accounts().book(entry(BOB, EUR, EntryKind.WIN, "3", "3", "other-player", from));
        });

    BigDecimal loss = inTx((Stores s) -> s.limits().netLoss(ALICE, EUR, from, to));

    assertThat(loss).isEqualByComparingTo("60");
    assertThat(inTx((Stores s) -> s.limits().netLoss(BOB, EUR, from, to)))
        .isEqualByComparingTo("-3");
  }

  @Test
  void G5_netLoss_ofAnIntervalWithoutEntries_isZero() {
    assertThat(inTx((Stores s) -> s.limits().netLoss(ALICE, EUR, T0, LATER)))
        .isEqualByComparingTo("0");
    assertThat(inTx((Stores s) -> s.limits().netLoss(new PlayerId("nobody"), EUR, T0, LATER)))
        .isEqualByComparingTo("0");
  }
}
