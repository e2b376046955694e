package dev.walletgate.application.port.out;

/**
 * The answer to {@link RequestStore#claimAhead}: known at once, or once the claim has gone to the
 * database with the transaction's next statement.
 */
public interface Claim {
  /** Whether the claim took the request id; sends the claim first if it is still waiting. */
  boolean won();

  /** Whether {@link #won()} is known without sending anything. */
  boolean answered();

  /** A claim already answered. */
  static Claim answered(boolean won) {
    return new Claim() {
      @Override
      public boolean won() {
        return won;
      }

      @Override
      public boolean answered() {
        return true;
      }
    };
  }
}
