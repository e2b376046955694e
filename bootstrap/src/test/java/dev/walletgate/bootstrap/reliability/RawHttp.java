package dev.walletgate.bootstrap.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 over a raw socket, for what a well-behaved client cannot send. */
final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;

  RawHttp(URI base, int readTimeoutMillis) throws IOException {
    socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(readTimeoutMillis);
    out = socket.getOutputStream();
  }

  /** The request line and headers of a JSON POST; the body is written separately. */
  void head(String pathAndQuery, String lengthHeader) throws IOException {
    String head =
        "POST "
            + pathAndQuery
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + lengthHeader
            + "\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Half-closes: the server sees the end of the request stream. */
  void endOutput() throws IOException {
    socket.shutdownOutput();
  }

  /** Everything the server sent until it closed the connection or went quiet; "" if nothing. */
  String answer() {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      socket.getInputStream().transferTo(text);
    } catch (IOException e) {
      // Closed, reset or quiet: what came so far is the answer.
    }
    return text.toString(StandardCharsets.UTF_8);
  }

  /** The status code of the answer, or -1 if the connection ended or stalled without one. */
  int status() {
    try {
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        line.write(b);
      }
      String text = line.toString(StandardCharsets.US_ASCII);
      String[] parts = text.split(" ");
      return parts.length >= 2 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
    } catch (SocketTimeoutException e) {
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
