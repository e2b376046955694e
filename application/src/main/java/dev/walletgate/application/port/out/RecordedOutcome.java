package dev.walletgate.application.port.out;

import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An outcome as the request record keeps it (I1): a success or the refusal, with the transaction id
 * and the balance it showed; the other fields are null when the outcome had none.
 */
public record RecordedOutcome(
    Optional<Refusal> refusal, String transactionId, BigDecimal balance, CurrencyCode currency) {
  /** The stored result of a success; a refusal is stored as its name. */
  public static final String SUCCESS = "SUCCESS";

  public RecordedOutcome {
    Objects.requireNonNull(refusal, "refusal");
    if ((balance == null) != (currency == null)) {
      throw new IllegalArgumentException("a balance needs its currency");
    }
  }

  /** A success, as answered first. */
  public static RecordedOutcome success(
      String transactionId, BigDecimal balance, CurrencyCode currency) {
    return new RecordedOutcome(Optional.empty(), transactionId, balance, currency);
  }

  /** A refusal, as answered first. */
  public static RecordedOutcome refused(
      Refusal refusal, BigDecimal balance, CurrencyCode currency) {
    return new RecordedOutcome(Optional.of(refusal), null, balance, currency);
  }

  /**
   * The outcome as a storage adapter reads it back from its columns.
   *
   * @param result {@link #SUCCESS} or a refusal's name, as {@link #result()} wrote it
   */
  public static RecordedOutcome stored(
      String result, String transactionId, BigDecimal balance, CurrencyCode currency) {
    Optional<Refusal> refusal =
        SUCCESS.equals(result) ? Optional.empty() : Optional.of(Refusal.valueOf(result));
    return new RecordedOutcome(refusal, transactionId, balance, currency);
  }

  /** The text a storage adapter stores: {@link #SUCCESS} or the refusal's name. */
  public String result() {
    return refusal.map(Refusal::name).orElse(SUCCESS);
  }
}
