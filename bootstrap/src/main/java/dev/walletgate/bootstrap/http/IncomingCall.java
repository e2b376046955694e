package dev.walletgate.bootstrap.http;

import java.util.Optional;

/**
 * A request as the front hands it on: the body was read up to one byte past the limit, so an
 * oversized body is visible without reading all of it.
 */
public record IncomingCall(
    String method,
    String path,
    String rawQuery,
    String contentType,
    Optional<String> authorization,
    byte[] body,
    String remoteAddress) {}
