package dev.walletgate.bootstrap.operator;

/** An RFC 9457 problem answer of the operator API, raised and caught inside the API. */
final class Problem extends RuntimeException {
  private final int status;
  private final String slug;
  private final String title;
  private final String allow;

  Problem(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, null);
  }

  private Problem(int status, String slug, String title, String detail, String allow) {
    super(detail, null, false, false);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.allow = allow;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "bad-request", "Bad request", detail);
  }

  static Problem unauthorized() {
    return new Problem(401, "unauthorized", "Unauthorized", "a valid operator key is required");
  }

  static Problem notFound(String detail) {
    return new Problem(404, "not-found", "Not found", detail);
  }

  /** RFC 9110: a 405 names the methods the resource answers, here in its {@code Allow} header. */
  static Problem methodNotAllowed(String allow) {
    return new Problem(
        405, "method-not-allowed", "Method not allowed", "see the operator API", allow);
  }

  static Problem conflict(String detail) {
    return new Problem(409, "conflict", "Conflict", detail);
  }

  static Problem gone(String detail) {
    return new Problem(410, "gone", "Gone", detail);
  }

  static Problem unprocessable(String detail) {
    return new Problem(422, "unprocessable", "Unprocessable content", detail);
  }

  static Problem unavailable(String detail) {
    return new Problem(503, "unavailable", "Service unavailable", detail);
  }

  int status() {
    return status;
  }

  String type() {
    return "urn:walletgate:problem:" + slug;
  }

  String title() {
    return title;
  }

  /** The methods for the {@code Allow} header of a 405; null for any other problem. */
  String allow() {
    return allow;
  }
}
