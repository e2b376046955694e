package dev.walletgate.bootstrap.inputs;

/**
 * The classes of strings the property feeds into every field, and which of them must be refused.
 */
enum TextKind {
  PLAIN_ASCII(false),
  ACCENTED(false),
  ASTRAL(false),
  CONTROL_CHARACTERS(false),
  UNUSUAL_SPACES(false),
  AT_THE_LIMIT(false),
  WHITESPACE_ONLY(true),
  NUL(true),
  LONE_SURROGATE(true),
  OVER_LONG(true);

  private final boolean refused;

  TextKind(boolean refused) {
    this.refused = refused;
  }

  /** Whether a field holding such text must be refused (a blank optional field reads as absent). */
  boolean refused() {
    return refused;
  }
}
