package dev.walletgate.adapter.http.kyren;

import dev.walletgate.application.protocol.Exchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The transport checks, in the README's order, before any body is read: secret base path and source
 * address (404, revealing nothing), POST only (405), body limit (413), JSON only (415).
 */
final class KyrenGate {
  static final int NOT_FOUND = 404;
  static final int METHOD_NOT_ALLOWED = 405;
  static final int PAYLOAD_TOO_LARGE = 413;
  static final int UNSUPPORTED_MEDIA_TYPE = 415;

  private final byte[] basePath;
  private final Set<String> allowedAddresses;
  private final int maxBodyBytes;

  KyrenGate(KyrenConfig config) {
    this.basePath = config.basePath().getBytes(StandardCharsets.UTF_8);
    this.allowedAddresses = config.allowedAddresses();
    this.maxBodyBytes = config.maxBodyBytes();
  }

  /** Either the call the request names, or the status that refuses it. */
  record Verdict(Optional<KyrenCall> call, int refusedWith) {
    static Verdict refuse(Optional<KyrenCall> call, int status) {
      return new Verdict(call, status);
    }

    static Verdict notFound() {
      return new Verdict(Optional.empty(), NOT_FOUND);
    }

    static Verdict pass(KyrenCall call) {
      return new Verdict(Optional.of(call), 0);
    }

    boolean passed() {
      return refusedWith == 0;
    }
  }

  Verdict check(Exchange request) {
    Optional<KyrenCall> call = callOf(request.path());
    if (call.isEmpty() || !addressAllowed(request.remoteAddress())) {
      // The call is not told to the report either: a wrong path reveals nothing.
      return Verdict.notFound();
    }
    if (!"POST".equals(request.method())) {
      return Verdict.refuse(call, METHOD_NOT_ALLOWED);
    }
    if (request.body().length > maxBodyBytes || request.declaredLength() > maxBodyBytes) {
      return Verdict.refuse(call, PAYLOAD_TOO_LARGE);
    }
    if (!isJson(request.contentType())) {
      return Verdict.refuse(call, UNSUPPORTED_MEDIA_TYPE);
    }
    return Verdict.pass(call.get());
  }

  /** The call named by a path under the secret base path, for an answer that needs no checks. */
  Optional<KyrenCall> call(String path) {
    return callOf(path);
  }

  /** Whether the path lies under the secret base path, compared in constant time. */
  boolean serves(String path) {
    return path != null
        && path.lastIndexOf('/') >= 0
        && MessageDigest.isEqual(
            path.substring(0, path.lastIndexOf('/')).getBytes(StandardCharsets.UTF_8), basePath);
  }

  /** The call of a path {@code <basePath>/<Call>}; the base path is compared in constant time. */
  private Optional<KyrenCall> callOf(String path) {
    if (path == null) {
      return Optional.empty();
    }
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    byte[] prefix = path.substring(0, slash).getBytes(StandardCharsets.UTF_8);
    // MessageDigest.isEqual takes time that depends only on its first argument's length, which
    // the caller chose: it tells nothing about the secret.
    boolean baseMatches = MessageDigest.isEqual(prefix, basePath);
    Optional<KyrenCall> call = KyrenCall.byPathName(path.substring(slash + 1));
    return baseMatches ? call : Optional.empty();
  }

  private boolean addressAllowed(String remoteAddress) {
    return allowedAddresses.isEmpty()
        || (remoteAddress != null && allowedAddresses.contains(remoteAddress));
  }

  /** {@code application/json}, any case, with or without parameters such as a charset. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return mediaType.trim().toLowerCase(Locale.ROOT).equals("application/json");
  }
}
