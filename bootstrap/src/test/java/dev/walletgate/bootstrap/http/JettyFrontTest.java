package dev.walletgate.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The front over a real socket: what the router is handed, and the headers of the answer. */
class JettyFrontTest {
  private static final int LIMIT = 1000;

  private final AtomicReference<Exchange> seen = new AtomicReference<>();
  private final AtomicReference<Reply> answer =
      new AtomicReference<>(Reply.text(200, Reply.JSON, "{\"error\":0}"));
  private Server server;
  private ServerConnector connector;

  @BeforeEach
  void start() throws Exception {
    server = new Server();
    connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ProtocolEndpoint recording =
        new ProtocolEndpoint() {
          @Override
          public boolean serves(String path) {
            return true;
          }

          @Override
          public Reply handle(Exchange call) {
            seen.set(call);
            return answer.get();
          }
        };
    server.setHandler(new JettyFront(LIMIT, Duration.ofSeconds(5), 64, path -> recording));
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  @Test
  void givenADeclaredLength_theRouterGetsExactlyTheBody_andTheAnswerIsJsonNoStore()
      throws Exception {
    byte[] body = "{\"uuid\":\"r-1\",\"amount\":\"1.50\"}".getBytes(StandardCharsets.UTF_8);

    String reply = exchange("Content-Length: " + body.length, body);

    assertThat(seen.get().body()).isEqualTo(body);
    assertThat(seen.get().method()).isEqualTo("POST");
    assertThat(seen.get().path()).isEqualTo("/kyren/x/Bet");
    assertThat(seen.get().contentType()).isEqualTo("application/json");
    assertThat(reply).startsWith("HTTP/1.1 200 ").endsWith("{\"error\":0}");
    assertThat(reply.toLowerCase(Locale.ROOT))
        .contains("content-type: application/json\r\n", "cache-control: no-store\r\n");
  }

  @Test
  void givenAnEmptyBody_theRouterGetsNoBytes_andAnotherContentTypePassesThrough() throws Exception {
    answer.set(Reply.text(200, "text/plain; charset=utf-8", "ok"));

    String reply = exchange("Content-Length: 0", new byte[0]);

    assertThat(seen.get().body()).isEmpty();
    assertThat(reply.toLowerCase(Locale.ROOT))
        .contains("content-type: text/plain; charset=utf-8\r\n", "cache-control: no-store\r\n");
  }

  @Test
  void givenAChunkedBodyWithinTheLimit_theRouterGetsAllOfIt() throws Exception {
    byte[] body = new byte[LIMIT];
    Arrays.fill(body, (byte) 'a');

    exchange("Transfer-Encoding: chunked", chunked(body, 300));

    assertThat(seen.get().body()).isEqualTo(body);
  }

  @Test
  void givenAChunkedBodyOverTheLimit_theRouterGetsOneBytePastIt() throws Exception {
    byte[] body = new byte[LIMIT + 500];
    Arrays.fill(body, (byte) 'b');

    exchange("Transfer-Encoding: chunked", chunked(body, 300));

    assertThat(seen.get().body()).hasSize(LIMIT + 1);
  }

  @Test
  void givenADeclaredLengthOverTheLimit_413_andTheRouterIsNotCalled() throws Exception {
    String reply = exchange("Content-Length: " + (LIMIT + 1), new byte[LIMIT + 1]);

    assertThat(reply).startsWith("HTTP/1.1 413 ");
    assertThat(seen.get()).isNull();
  }

  @Test
  void givenAKeptAliveConnection_bodiesReadToTheirDeclaredLength_leaveItOpenForTheNextRequest()
      throws Exception {
    try (Socket socket = new Socket("127.0.0.1", connector.getLocalPort())) {
      socket.setSoTimeout(10_000);
      InputStream in = socket.getInputStream();
      for (String id : new String[] {"r-1", "r-22"}) {
        byte[] body = ("{\"uuid\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /kyren/x/Bet HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();

        String head = head(in);
        byte[] reply = in.readNBytes(contentLength(head));

        assertThat(head)
            .startsWith("HTTP/1.1 200 ")
            .doesNotContainIgnoringCase("connection: close");
        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo("{\"error\":0}");
        assertThat(seen.get().body()).isEqualTo(body);
      }
    }
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      assertThat(b).as("the connection stays open").isNotNegative();
      head.write(b);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    throw new AssertionError("no Content-Length in " + head);
  }

  private String exchange(String lengthHeader, byte[] content) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", connector.getLocalPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /kyren/x/Bet HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + lengthHeader
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream reply = new ByteArrayOutputStream();
      in.transferTo(reply);
      return reply.toString(StandardCharsets.UTF_8);
    }
  }

  private static byte[] chunked(byte[] body, int size) {
    ByteArrayOutputStream framed = new ByteArrayOutputStream();
    for (int at = 0; at < body.length; at += size) {
      int n = Math.min(size, body.length - at);
      framed.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      framed.write(body, at, n);
      framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    framed.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return framed.toByteArray();
  }
}
