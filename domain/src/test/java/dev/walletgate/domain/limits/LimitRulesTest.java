package dev.walletgate.domain.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** G4-G7 as decided by {@link LimitRules}, and the day G5 counts over ({@link LossDay}). */
class LimitRulesTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  private static final Duration DAY = Duration.ofHours(24);

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  private static Optional<BigDecimal> amount(String value) {
    return Optional.of(dec(value));
  }

  private static Limit change(Limit last, Optional<BigDecimal> requested) {
    return LimitRules.change(last, requested, NOW, DAY);
  }

  @Test
  void G4_stakeUpToTheLimit_isAllowed_overIt_isNot() {
    Limit ten = Limit.of(dec("10.00"));

    assertThat(LimitRules.stakeAllowed(ten, dec("9.99"))).isTrue();
    assertThat(LimitRules.stakeAllowed(ten, dec("10"))).isTrue();
    assertThat(LimitRules.stakeAllowed(ten, dec("10.01"))).isFalse();
    assertThat(LimitRules.stakeAllowed(Limit.NONE, dec("1000000000000"))).isTrue();
  }

  @Test
  void G4_aZeroLimit_allowsNoStake() {
    assertThat(LimitRules.stakeAllowed(Limit.of(BigDecimal.ZERO), dec("0.01"))).isFalse();
  }

  @Test
  void G5_dayNetLossPlusStake_mayReachTheLimit_butNotPassIt() {
    Limit hundred = Limit.of(dec("100"));

    assertThat(LimitRules.lossAllowed(hundred, dec("90.00"), dec("10.00"))).isTrue();
    assertThat(LimitRules.lossAllowed(hundred, dec("90.00"), dec("10.01"))).isFalse();
    assertThat(LimitRules.lossAllowed(Limit.NONE, dec("1000000"), dec("1"))).isTrue();
  }

  @Test
  void G5_aPlayerAheadForTheDay_mayStakeTheLimitPlusWhatHeIsAhead() {
    Limit hundred = Limit.of(dec("100"));

    assertThat(LimitRules.lossAllowed(hundred, dec("-50.00"), dec("150.00"))).isTrue();
    assertThat(LimitRules.lossAllowed(hundred, dec("-50.00"), dec("150.01"))).isFalse();
  }

  @Test
  void G5_theDay_runsFromMidnightToMidnightInTheZone() {
    ZoneId malta = ZoneId.of("Europe/Malta");

    LossDay utc = LossDay.containing(Instant.parse("2026-03-10T23:30:00Z"), ZoneOffset.UTC);
    LossDay local = LossDay.containing(Instant.parse("2026-03-10T23:30:00Z"), malta);

    assertThat(utc.start()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
    assertThat(utc.end()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
    assertThat(local.start()).isEqualTo(Instant.parse("2026-03-10T23:00:00Z"));
    assertThat(local.end()).isEqualTo(Instant.parse("2026-03-11T23:00:00Z"));
  }

  @Test
  void G5_theDayOfAClockChange_isAsLongAsTheZoneMakesIt() {
    LossDay spring =
        LossDay.containing(Instant.parse("2026-03-29T12:00:00Z"), ZoneId.of("Europe/Malta"));

    assertThat(Duration.between(spring.start(), spring.end())).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void G6_lowering_takesEffectAtOnce() {
    Limit lowered = change(Limit.of(dec("100")), amount("50"));

    assertThat(lowered).isEqualTo(Limit.of(dec("50")));
  }

  @Test
  void G6_settingALimitWhereThereWasNone_takesEffectAtOnce() {
    assertThat(change(Limit.NONE, amount("25"))).isEqualTo(Limit.of(dec("25")));
  }

  @Test
  void G6_lowering_dropsAPendingRaise() {
    Limit pending = change(Limit.of(dec("100")), amount("500"));

    Limit lowered = change(pending, amount("80"));

    assertThat(lowered).isEqualTo(Limit.of(dec("80")));
  }

  @Test
  void G6_askingForTheLimitInForce_dropsAPendingRaise() {
    Limit pending = change(Limit.of(dec("100")), Optional.empty());

    assertThat(change(pending, amount("100.00")).pending()).isEmpty();
    assertThat(change(pending, amount("100.00")).amount()).contains(dec("100.00"));
  }

  @Test
  void G7_raising_waitsForTheCoolingOff_whileTheOldLimitHolds() {
    Limit raised = change(Limit.of(dec("100")), amount("500"));

    assertThat(raised.amount()).contains(dec("100"));
    assertThat(raised.pending()).contains(new PendingRaise(amount("500"), NOW.plus(DAY)));
    assertThat(raised.at(NOW.plus(DAY).minusMillis(1)).amount()).contains(dec("100"));
    assertThat(raised.at(NOW.plus(DAY))).isEqualTo(Limit.of(dec("500")));
  }

  @Test
  void G7_theCoolingOffEndsOnAMicrosecond_neverBeforeItsLength() {
    Instant asked = Instant.parse("2026-03-10T12:00:00.000000001Z");

    Limit raised = LimitRules.change(Limit.of(dec("1")), amount("2"), asked, DAY);

    assertThat(raised.pending().orElseThrow().effectiveAt())
        .isEqualTo(Instant.parse("2026-03-11T12:00:00.000001Z"));
  }

  @Test
  void G7_removing_waitsForTheCoolingOff() {
    Limit removed = change(Limit.of(dec("100")), Optional.empty());

    assertThat(removed.at(NOW.plus(Duration.ofHours(23))).amount()).contains(dec("100"));
    assertThat(removed.at(NOW.plus(DAY))).isEqualTo(Limit.NONE);
  }

  @Test
  void G7_askingAgainForThePendingRaise_keepsItsTime() {
    Limit raised = change(Limit.of(dec("100")), amount("500"));

    Limit again = LimitRules.change(raised, amount("500.00"), NOW.plus(Duration.ofHours(20)), DAY);

    assertThat(again).isEqualTo(raised);
  }

  @Test
  void G7_anotherRaise_startsACoolingOffOfItsOwn() {
    Limit raised = change(Limit.of(dec("100")), amount("500"));
    Instant later = NOW.plus(Duration.ofHours(20));

    Limit other = LimitRules.change(raised, amount("300"), later, DAY);

    assertThat(other.amount()).contains(dec("100"));
    assertThat(other.pending()).contains(new PendingRaise(amount("300"), later.plus(DAY)));
  }

  @Test
  void G7_aChangeAfterTheCoolingOff_startsFromTheRaisedLimit() {
    Limit raised = change(Limit.of(dec("100")), amount("500"));
    Instant after = NOW.plus(DAY).plusSeconds(1);

    Limit lowered = LimitRules.change(raised, amount("400"), after, DAY);

    assertThat(lowered).isEqualTo(Limit.of(dec("400")));
  }

  @Test
  void aLimit_isNeverNegative() {
    assertThatThrownBy(() -> Limit.of(dec("-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PendingRaise(amount("-0.01"), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
