package dev.walletgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /health} follows the database: the service runs on an H2 server reached over TCP,
 * which the test stops and starts again.
 */
class HealthEndToEndTest {
  @TempDir Path dir;

  @Test
  void givenTheDatabaseStopsAnswering_healthTurns503_andBack200WhenItReturns() throws Exception {
    // The H2 server does not create databases for remote clients: create it here first.
    DriverManager.getConnection("jdbc:h2:" + dir.resolve("health"), "sa", "").close();
    Server database = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString()).start();
    int port = database.getPort();
    String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/health;LOCK_TIMEOUT=10000";
    ServiceConfig config =
        ServiceConfig.from(
            ConfigSources.read(
                new String[] {
                  "--port",
                  "0",
                  "--data-dir",
                  dir.toString(),
                  "--db-url",
                  url,
                  "--db-user",
                  "sa",
                  "--kyren-base-path",
                  "/kyren/h/v1",
                  "--luckymonaco-token",
                  "t",
                  "--operator-key",
                  "k"
                },
                Map.of()));
    try (WalletgateService service = WalletgateService.start(config)) {
      ServiceClient client = new ServiceClient(service.baseUri());
      assertThat(client.get("/health").status()).isEqualTo(200);

      database.stop();
      ServiceClient.Reply down = client.get("/health");
      database =
          Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", dir.toString())
              .start();
      ServiceClient.Reply back = waitForHealth(client);

      assertThat(down.status()).isEqualTo(503);
      assertThat(down.text("status")).isEqualTo("DOWN");
      assertThat(back.status()).isEqualTo(200);
    } finally {
      database.stop();
    }
  }

  private static ServiceClient.Reply waitForHealth(ServiceClient client)
      throws InterruptedException {
    ServiceClient.Reply reply = client.get("/health");
    for (int i = 0; i < 100 && reply.status() != 200; i++) {
      Thread.sleep(100);
      reply = client.get("/health");
    }
    return reply;
  }
}
