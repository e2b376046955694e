package dev.walletgate.domain.rules;

/**
 * A field of a request's logical content (I1), with the name it is fingerprinted under; the names
 * never change, so that fingerprints stored by an earlier release still match.
 */
public enum FingerprintField {
  PLAYER("player"),
  SESSION("session"),
  ROUND("round"),
  KEY("key"),
  AMOUNT("amount"),
  CURRENCY("currency"),
  ENDS_ROUND("endsRound"),
  BET_REQUIRED("betRequired"),
  BONUS("bonus"),
  WIN_PART("winPart"),
  JACKPOT_PART("jackpotPart");

  private final String fingerprintName;

  FingerprintField(String fingerprintName) {
    this.fingerprintName = fingerprintName;
  }

  /** The name the field is digested under. */
  public String fingerprintName() {
    return fingerprintName;
  }
}
