package dev.walletgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the service lets a request already in flight finish, and books it. */
class GracefulShutdownTest {
  @TempDir Path dir;

  @Test
  void givenABetHalfSentWhenTheServiceStops_itIsStillAnsweredAndBooked() throws Exception {
    ServiceConfig config =
        ServiceConfig.from(
            ConfigSources.read(
                new String[] {
                  "--port",
                  "0",
                  "--data-dir",
                  dir.toString(),
                  "--kyren-base-path",
                  ServiceClient.KYREN_BASE,
                  "--luckymonaco-token",
                  ServiceClient.LUCKYMONACO_TOKEN,
                  "--operator-key",
                  ServiceClient.OPERATOR_KEY
                },
                Map.of()));
    WalletgateService service = WalletgateService.start(config);
    ServiceClient client = new ServiceClient(service.baseUri());
    client.operator("PUT", "/players/123456/accounts/USD", null);
    client.operator(
        "POST",
        "/players/123456/accounts/USD/deposits",
        "{\"amount\":\"100000.00\",\"reference\":\"dep-1\"}");
    client.operator(
        "POST",
        "/sessions",
        "{\"playerId\":\"123456\",\"currency\":\"USD\",\"sessionId\":\"session-1\"}");
    byte[] body = AbstractServiceEndToEndTest.BET.getBytes(StandardCharsets.UTF_8);
    int half = body.length / 2;

    CompletableFuture<Void> stopped;
    String answer;
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + ServiceClient.KYREN_BASE
                  + "/Bet HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Content-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, half);
      out.flush();
      Thread.sleep(300);
      stopped = CompletableFuture.runAsync(service::close);
      Thread.sleep(500);
      assertThat(stopped).as("the stop waits for the request in flight").isNotDone();
      out.write(body, half, body.length - half);
      out.flush();
      InputStream in = socket.getInputStream();
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    stopped.get(20, TimeUnit.SECONDS);

    assertThat(answer).startsWith("HTTP/1.1 200").contains("\"cash\":\"99899.99\"");
    try (WalletgateService again = WalletgateService.start(config)) {
      ServiceClient after = new ServiceClient(again.baseUri());
      assertThat(after.operator("GET", "/players/123456/accounts/USD", null).text("balance"))
          .isEqualTo("99899.99");
    }
  }
}
