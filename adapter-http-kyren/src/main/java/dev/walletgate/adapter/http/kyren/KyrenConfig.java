package dev.walletgate.adapter.http.kyren;

import java.util.Objects;
import java.util.Set;

/**
 * Settings of the Kyren endpoint.
 *
 * @param basePath the secret base path the calls hang under ({@code <basePath>/Bet}); Kyren
 *     authenticates by URL, so a deployment sets an unguessable one
 * @param allowedAddresses the source addresses accepted, compared as exact strings; empty accepts
 *     any
 * @param maxBodyBytes the largest body accepted; a larger one gets 413
 */
public record KyrenConfig(String basePath, Set<String> allowedAddresses, int maxBodyBytes) {
  public static final String DEFAULT_BASE_PATH = "/kyren/v1";
  public static final int DEFAULT_MAX_BODY_BYTES = 65536;

  public KyrenConfig {
    Objects.requireNonNull(basePath, "basePath");
    if (!basePath.startsWith("/") || basePath.endsWith("/") || basePath.isBlank()) {
      throw new IllegalArgumentException("base path must start with '/' and not end with '/'");
    }
    allowedAddresses = Set.copyOf(Objects.requireNonNull(allowedAddresses, "allowedAddresses"));
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("body limit must be positive");
    }
  }

  /** Base path {@code /kyren/v1}, any source address, 64 KiB bodies. */
  public static KyrenConfig defaults() {
    return new KyrenConfig(DEFAULT_BASE_PATH, Set.of(), DEFAULT_MAX_BODY_BYTES);
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
