package dev.walletgate.adapter.http.luckymonaco;

import java.util.Optional;

/** The five calls LuckyMonaco makes, each at {@code {base}/<name>}. */
enum LuckyMonacoCall {
  CHECK("check"),
  BALANCE("balance"),
  BET("bet"),
  WIN("win"),
  CANCEL("cancel");

  private final String wireName;

  LuckyMonacoCall(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }

  /** The call at exactly this path under the base path; no trailing slash, no prefix match. */
  static Optional<LuckyMonacoCall> route(String basePath, String path) {
    if (path == null
        || !path.startsWith(basePath)
        || path.length() <= basePath.length()
        || path.charAt(basePath.length()) != '/') {
      return Optional.empty();
    }
    String name = path.substring(basePath.length() + 1);
    for (LuckyMonacoCall call : values()) {
      if (call.wireName.equals(name)) {
        return Optional.of(call);
      }
    }
    return Optional.empty();
  }
}
