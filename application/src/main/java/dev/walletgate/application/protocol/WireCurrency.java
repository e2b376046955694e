package dev.walletgate.application.protocol;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a provider call with the code its currency text spells. Text that spells none is refused as
 * the services refuse a currency they do not know (M2), so the answer is the one an unconfigured
 * currency gets; a protocol reads every other field of the call first, as it would for that one.
 */
public final class WireCurrency {
  private WireCurrency() {}

  /** A recorded call (bet, win, end-round, cancel, refund): refused before anything is recorded. */
  public static CallbackResult recorded(String text, Function<CurrencyCode, CallbackResult> call) {
    Checked<CurrencyCode> code = CurrencyCode.parse(text);
    if (code instanceof Checked.Invalid<CurrencyCode> invalid) {
      return CallbackResult.of(Outcome.refused(invalid.refusal()));
    }
    return call.apply(((Checked.Valid<CurrencyCode>) code).value());
  }

  /**
   * A session read (check, balance). The session is checked before the currency (S1): text that
   * spells no code is refused as the session when the read, asked without a currency, finds it not
   * active, and otherwise as an unknown currency.
   */
  public static Outcome sessionRead(String text, Function<Optional<CurrencyCode>, Outcome> read) {
    Checked<CurrencyCode> code = CurrencyCode.parse(text);
    if (code instanceof Checked.Valid<CurrencyCode> valid) {
      return read.apply(Optional.of(valid.value()));
    }
    Outcome session = read.apply(Optional.empty());
    boolean inactive =
        session instanceof Outcome.Refused refused && refused.refusal() == Refusal.INVALID_SESSION;
    return inactive ? session : Outcome.refused(((Checked.Invalid<CurrencyCode>) code).refusal());
  }
}
