package dev.walletgate.adapter.http.luckymonaco;

import java.util.Objects;

/**
 * The settings of one LuckyMonaco deployment.
 *
 * @param basePath the path prefix of the five calls, e.g. {@code /luckymonaco} ({@code ""} for the
 *     root); starts with {@code /} and does not end with one
 * @param token the {@code authToken} LuckyMonaco sends; must be set (non-blank) before a handler is
 *     built from this config
 * @param maxBodyBytes the largest accepted request body; larger ones are answered 413
 */
public record LuckyMonacoConfig(String basePath, String token, int maxBodyBytes) {
  public static final String DEFAULT_BASE_PATH = "/luckymonaco";
  public static final int DEFAULT_MAX_BODY_BYTES = 65536;

  public LuckyMonacoConfig {
    Objects.requireNonNull(basePath, "basePath");
    Objects.requireNonNull(token, "token");
    if (!basePath.isEmpty() && (!basePath.startsWith("/") || basePath.endsWith("/"))) {
      throw new IllegalArgumentException("base path must start with '/' and not end with '/'");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
  }

  /** Base path {@code /luckymonaco}, 64 KiB bodies, and no token yet (set one with a wither). */
  public static LuckyMonacoConfig defaults() {
    return new LuckyMonacoConfig(DEFAULT_BASE_PATH, "", DEFAULT_MAX_BODY_BYTES);
  }

  /** The default base path and body limit with the given token. */
  public static LuckyMonacoConfig token(String authToken) {
    return defaults().withToken(authToken);
  }

  public LuckyMonacoConfig withBasePath(String value) {
    return new LuckyMonacoConfig(value, token, maxBodyBytes);
  }

  public LuckyMonacoConfig withToken(String value) {
    return new LuckyMonacoConfig(basePath, value, maxBodyBytes);
  }

  public LuckyMonacoConfig withMaxBodyBytes(int value) {
    return new LuckyMonacoConfig(basePath, token, value);
  }

  /** Whether a token is set: a handler refuses to start without one. */
  public boolean hasToken() {
    return !token.isBlank();
  }

  @Override
  public String toString() {
    // Never print the token.
    return "LuckyMonacoConfig[basePath="
        + basePath
        + ", token="
        + (hasToken() ? "***" : "<unset>")
        + ", maxBodyBytes="
        + maxBodyBytes
        + "]";
  }
}
