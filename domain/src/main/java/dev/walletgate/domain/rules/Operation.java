package dev.walletgate.domain.rules;

import java.util.Arrays;

/**
 * The provider call a request record is about (I1), with the name it is stored and fingerprinted
 * under; the names never change, so that records stored by an earlier release still replay.
 */
public enum Operation {
  BET("bet"),
  WIN("win"),
  END_ROUND("endRound"),
  SESSION_EXPIRED("sessionExpired"),
  CANCEL("cancel"),
  REFUND("refund");

  private final String storedName;

  Operation(String storedName) {
    this.storedName = storedName;
  }

  /** The name in the request records and in the fingerprint. */
  public String storedName() {
    return storedName;
  }

  /** The operation stored under this name; an unknown name is a corrupt record. */
  public static Operation ofStoredName(String name) {
    return Arrays.stream(values())
        .filter(o -> o.storedName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation is stored as " + name));
  }
}
