package com.example.plain;

import com.sun.net.httpserver.HttpServer;
import dev.walletgate.adapter.http.kyren.KyrenConfig;
import dev.walletgate.adapter.http.kyren.KyrenWalletHandler;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoConfig;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoWalletHandler;
import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.WalletEventHandler;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.service.EventFeedRunner;
import dev.walletgate.application.service.WalletServices;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;

/** A platform's own program: Walletgate on H2 in memory, both protocols on the JDK's server. */
public final class WalletHost implements AutoCloseable {
  private final Walletgate walletgate;
  private final HttpServer server;
  private final ExecutorService threads;

  private WalletHost(Walletgate walletgate, HttpServer server, ExecutorService threads) {
    this.walletgate = walletgate;
    this.server = server;
    this.threads = threads;
  }

  /** Serves on 127.0.0.1 and the given port (0: any free one) until {@link #close()}. */
  public static WalletHost start(int port, String kyrenBasePath, String luckyMonacoToken)
      throws IOException {
    // README-BEGIN plain
    JdbcDataSource dataSource = new JdbcDataSource(); // in production, the platform's pool
    dataSource.setURL("jdbc:h2:mem:walletgate;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
    Walletgate walletgate = Walletgate.builder(new JdbiPersistence(dataSource)).build();

    ProviderUseCases useCases = walletgate.providerUseCases();
    List<ProtocolEndpoint> endpoints =
        List.of(
            new KyrenWalletHandler(KyrenConfig.basePath(kyrenBasePath), useCases),
            new LuckyMonacoWalletHandler(LuckyMonacoConfig.token(luckyMonacoToken), useCases));

    ExecutorService threads = Executors.newFixedThreadPool(16);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", new EndpointHandler(endpoints));
    server.setExecutor(threads);
    server.start();
    // README-END
    return new WalletHost(walletgate, server, threads);
  }

  /** Starts on port 8080 with the secrets from the environment, and serves until killed. */
  public static void main(String[] args) throws IOException {
    WalletHost host =
        start(8080, System.getenv("KYREN_BASE_PATH"), System.getenv("LUCKYMONACO_TOKEN"));
    Runtime.getRuntime().addShutdownHook(new Thread(host::close));
    System.out.println("serving on http://127.0.0.1:" + host.port());
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The platform's own operations: accounts, deposits, sessions, queries. */
  public WalletServices wallet() {
    return walletgate.services();
  }

  /**
   * Hands the wallet's events to the platform's handler every second, in position order and at
   * least once, keeping the consumer's cursor in Walletgate's tables; stop the returned scheduler
   * to stop.
   */
  public ScheduledExecutorService feedEvents(WalletEventHandler handler) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    // README-BEGIN plain-events
    EventFeedRunner runner =
        new EventFeedRunner(walletgate.services().events(), "bonus-engine", handler);
    scheduler.scheduleWithFixedDelay(runner::runOnce, 0, 1, TimeUnit.SECONDS);
    // README-END
    return scheduler;
  }

  /** Stops accepting, lets answers in flight go out, then releases Walletgate. */
  @Override
  public void close() {
    server.stop(1);
    threads.shutdown();
    walletgate.close();
  }
}
