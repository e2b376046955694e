package dev.walletgate.bootstrap.front;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** One HTTP/1.1 exchange over a raw loopback socket, for what a polite client never sends. */
final class Raw implements AutoCloseable {
  private final Socket socket;

  Raw(int port, int readTimeoutMillis) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(readTimeoutMillis);
  }

  /** A POST's request line and headers, declaring a body of the given length. */
  Raw head(String pathAndQuery, int contentLength) throws IOException {
    return send(
        "POST "
            + pathAndQuery
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
            + contentLength
            + "\r\n\r\n");
  }

  Raw send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return this;
  }

  /** Everything the server sent until it closed the connection or went quiet; "" if nothing. */
  String answer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      int n;
      while ((n = in.read(buffer)) != -1) {
        bytes.write(buffer, 0, n);
        if (complete(bytes.toString(StandardCharsets.UTF_8))) {
          break;
        }
      }
    } catch (SocketTimeoutException e) {
      // Quiet: what came so far is the answer.
    } catch (IOException e) {
      // Closed or reset: what came so far is the answer.
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Headers done and the declared body all there. */
  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    String headers = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    int at = headers.indexOf("content-length:");
    if (at < 0) {
      return false;
    }
    int lineEnd = headers.indexOf("\r\n", at);
    String value = headers.substring(at + 15, lineEnd < 0 ? headers.length() : lineEnd).trim();
    return text.length() - end - 4 >= Integer.parseInt(value);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already gone.
    }
  }
}
