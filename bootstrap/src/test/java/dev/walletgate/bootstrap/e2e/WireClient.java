package dev.walletgate.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a loopback socket, one request per connection, with the request target sent byte
 * for byte: {@link java.net.http.HttpClient} cannot send a malformed escape, leave out {@code
 * Host}, or declare a body it does not send.
 */
final class WireClient {
  private static final int READ_TIMEOUT_MILLIS = 15_000;
  private final int port;

  WireClient(int port) {
    this.port = port;
  }

  /** A response: its status, headers by lower-case name, and body. */
  record Response(int status, Map<String, List<String>> headers, byte[] body) {
    Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + bodyText();
    }
  }

  /**
   * Sends {@code method target} with the given header lines (each without its CRLF), then the body,
   * and reads the answer until the server closes the connection.
   */
  Response send(String method, String target, List<String> headerLines, byte[] body) {
    StringBuilder head = new StringBuilder(method).append(' ').append(target);
    head.append(" HTTP/1.1\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new AssertionError(method + " " + target + " failed: " + e, e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        bytes.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no complete answer in time: " + bytes, e);
    } catch (IOException e) {
      // A reset after the answer (the server closes on a request it refused): keep what came.
      if (bytes.size() == 0) {
        throw e;
      }
    }
    return bytes.toByteArray();
  }

  private static Response parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("not an HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
      int colon = line.indexOf(':');
      headers
          .computeIfAbsent(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    return new Response(status, headers, Arrays.copyOfRange(raw, end + 4, raw.length));
  }
}
