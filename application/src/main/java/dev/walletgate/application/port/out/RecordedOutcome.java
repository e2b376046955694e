package dev.walletgate.application.port.out;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An outcome as the request record stores it (I1): {@code result} is {@code SUCCESS} or a refusal's
 * name; the other fields are null when the outcome had none.
 */
public record RecordedOutcome(
    String result, String transactionId, BigDecimal balance, String currency) {
  public static final String SUCCESS = "SUCCESS";

  public RecordedOutcome {
    Objects.requireNonNull(result, "result");
    if ((balance == null) != (currency == null)) {
      throw new IllegalArgumentException("a balance needs its currency");
    }
  }
}
