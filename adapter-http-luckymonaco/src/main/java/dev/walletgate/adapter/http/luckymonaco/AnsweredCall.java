package dev.walletgate.adapter.http.luckymonaco;

/**
 * One answered call as the call report sees it.
 *
 * @param call the call's wire name, or {@code unknown} for a path that names none
 * @param requestId the request {@code uuid}, or null when the body had none
 * @param key the bet key ({@code transaction.id}) or win key (request {@code uuid}), or null
 */
record AnsweredCall(String call, String requestId, String key, Answer answer) {
  static final String UNKNOWN_CALL = "unknown";

  static AnsweredCall of(String call, Answer answer) {
    return new AnsweredCall(call, null, null, answer);
  }
}
