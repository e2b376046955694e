package dev.walletgate.bootstrap.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client over one kept-alive socket, for the load generator: it costs far less
 * CPU than java.net.http, which matters when the generator shares the machine with the service. It
 * reconnects when the server closes the connection.
 */
final class SocketClient implements AutoCloseable {
  /** A status and a body. */
  record Reply(int status, String body) {}

  private final URI base;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  SocketClient(URI base) {
    this.base = base;
  }

  Reply post(String path, String body) throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + content.length
            + "\r\n\r\n";
    try {
      return exchange(head, content);
    } catch (IOException e) {
      // A kept-alive connection the server closed meanwhile: one fresh attempt.
      close();
      return exchange(head, content);
    }
  }

  private Reply exchange(String head, byte[] content) throws IOException {
    if (socket == null) {
      Socket fresh = new Socket();
      try {
        fresh.setTcpNoDelay(true);
        fresh.setSoTimeout(30_000);
        fresh.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      } catch (IOException e) {
        fresh.close();
        throw e;
      }
      socket = fresh;
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out = socket.getOutputStream();
    }
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(content, 0, request, headBytes.length, content.length);
    out.write(request);
    out.flush();
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    int length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String header = line(); header != null && !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closing = true;
      }
    }
    String body;
    if (chunked) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line().trim(), 16); size > 0; ) {
        all.write(in.readNBytes(size));
        line();
        size = Integer.parseInt(line().trim(), 16);
      }
      line();
      body = all.toString(StandardCharsets.UTF_8);
    } else if (length >= 0) {
      body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    } else {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      closing = true;
    }
    if (closing) {
      close();
    }
    return new Reply(status, body);
  }

  private String line() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != -1; c = in.read()) {
      if (c == '\n') {
        int end = b.length();
        return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
      }
      b.append((char) c);
    }
    return b.length() == 0 ? null : b.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }
}
