package dev.walletgate.domain.rules;

import java.util.Optional;

/** I2, I3: what to do with a request id, given the fingerprint recorded for it, if any. */
public final class RequestRules {
  private RequestRules() {}

  /** The three ways a request id can be met. */
  public enum RequestDecision {
    /** Never seen: process it and record the outcome (I1). */
    PROCESS,
    /** Seen with the same content: answer the recorded outcome, no new effect (I2). */
    REPLAY,
    /** Seen with other content: refuse, no effect (I3). */
    CONFLICT
  }

  public static RequestDecision decide(Optional<Fingerprint> recorded, Fingerprint incoming) {
    if (recorded.isEmpty()) {
      return RequestDecision.PROCESS;
    }
    return recorded.get().equals(incoming) ? RequestDecision.REPLAY : RequestDecision.CONFLICT;
  }
}
