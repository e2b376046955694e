package dev.walletgate.adapter.http.kyren;

import java.util.Objects;
import java.util.Set;

/**
 * Settings of the Kyren endpoint. There is no default base path: Kyren authenticates by URL, so
 * every deployment chooses its own unguessable one.
 *
 * @param basePath the secret base path the calls hang under ({@code <basePath>/Bet})
 * @param allowedAddresses the source addresses accepted, compared as exact strings; empty accepts
 *     any
 * @param maxBodyBytes the largest body accepted; a larger one gets 413
 */
public record KyrenConfig(String basePath, Set<String> allowedAddresses, int maxBodyBytes) {
  public static final int DEFAULT_MAX_BODY_BYTES = 65536;

  public KyrenConfig {
    Objects.requireNonNull(basePath, "basePath");
    if (!basePath.startsWith("/") || basePath.endsWith("/") || basePath.isBlank()) {
      throw new IllegalArgumentException(
          "the Kyren base path must start with '/' and not end with '/'");
    }
    allowedAddresses = Set.copyOf(Objects.requireNonNull(allowedAddresses, "allowedAddresses"));
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("body limit must be positive");
    }
  }

  /** The secret base path, any source address, 64 KiB bodies. */
  public static KyrenConfig basePath(String secretBasePath) {
    return new KyrenConfig(secretBasePath, Set.of(), DEFAULT_MAX_BODY_BYTES);
  }

  public KyrenConfig withBasePath(String value) {
    return new KyrenConfig(value, allowedAddresses, maxBodyBytes);
  }

  public KyrenConfig withAllowedAddresses(Set<String> value) {
    return new KyrenConfig(basePath, value, maxBodyBytes);
  }

  public KyrenConfig withMaxBodyBytes(int value) {
    return new KyrenConfig(basePath, allowedAddresses, value);
  }

  /** Leaves the base path out: it is the endpoint's secret. */
  @Override
  public String toString() {
    return "KyrenConfig[basePath=<secret>, allowedAddresses="
        + allowedAddresses
        + ", maxBodyBytes="
        + maxBodyBytes
        + "]";
  }
}
