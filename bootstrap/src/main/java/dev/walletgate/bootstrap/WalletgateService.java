package dev.walletgate.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.ProtocolSetting;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.bootstrap.http.HealthCheck;
import dev.walletgate.bootstrap.http.JettyFront;
import dev.walletgate.bootstrap.http.ProtocolErrors;
import dev.walletgate.bootstrap.http.Router;
import dev.walletgate.bootstrap.observe.CallTelemetry;
import dev.walletgate.bootstrap.observe.ConsoleLogging;
import dev.walletgate.bootstrap.observe.LogSecrets;
import dev.walletgate.bootstrap.operator.OperatorApi;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The standalone service: a connection pool, Walletgate over it, and Jetty serving the configured
 * provider protocols, the operator API, {@code /health} and {@code /metrics}. Closing it stops
 * accepting, lets requests in flight finish, then closes the pool.
 */
public final class WalletgateService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WalletgateService.class);
  private static final long STOP_TIMEOUT_MILLIS = 10_000;
  // Requests waiting for a worker beyond this are answered "retry" at once: a queue longer than
  // the pool can clear within a provider's timeout only turns answers into timeouts.
  private static final int MAX_WAITING = 512;
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HikariDataSource dataSource;
  private final H2Housekeeping housekeeping;
  private final Walletgate walletgate;
  private final Server server;
  private final ServerConnector connector;
  private final JettyFront front;

  private WalletgateService(
      HikariDataSource dataSource,
      H2Housekeeping housekeeping,
      Walletgate walletgate,
      Server server,
      ServerConnector c,
      JettyFront front) {
    this.front = front;
    this.dataSource = dataSource;
    this.housekeeping = housekeeping;
    this.walletgate = walletgate;
    this.server = server;
    this.connector = c;
  }

  /** Migrates the database, then starts serving; fails fast if either cannot be done. */
  public static WalletgateService start(ServiceConfig config) throws Exception {
    ConsoleLogging.use(config.logFormat());
    maskSecretsInLogs(config);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    HikariDataSource dataSource = pool(config, registry);
    H2Housekeeping housekeeping = null;
    try {
      // Walletgate and the housekeeping take turns on an embedded H2 file.
      DataSource storage = SingleWriterDataSource.ifEmbeddedH2File(dataSource);
      Walletgate walletgate =
          Walletgate.builder(config.persistence().open(storage))
              .settings(config.walletSettings())
              .observer(new CallTelemetry(registry))
              .build();
      List<ProtocolEndpoint> endpoints = new ArrayList<>();
      for (ServiceConfig.ServedProtocol served : config.protocols()) {
        endpoints.add(walletgate.endpoint(served.protocol(), served.config()));
      }
      Router router =
          new Router(
              endpoints,
              new OperatorApi(walletgate.services(), config.operatorKey()),
              new HealthCheck(dataSource),
              () -> Reply.text(200, PROMETHEUS_TEXT, registry.scrape()));
      QueuedThreadPool threads = new QueuedThreadPool(64, 8);
      threads.setName("walletgate-http");
      Server server = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      http.setIdleTimeout(config.readTimeout().toMillis());
      // Provider and platform ids may contain '%', '\' or '/': let their encodings through; the
      // handlers decode path segments themselves and compare secrets on the raw path.
      http.setUriCompliance(
          UriCompliance.DEFAULT.with(
              "walletgate",
              UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
              UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
              UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS));
      ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
      connector.setHost(config.host());
      connector.setPort(config.port());
      connector.setIdleTimeout(config.idleTimeout().toMillis());
      server.addConnector(connector);
      server.addBean(new NetworkConnectionLimit(config.maxConnections(), connector));
      JettyFront front =
          new JettyFront(config.bodyLimit(), config.readTimeout(), MAX_WAITING, router::route);
      GracefulHandler graceful = new GracefulHandler();
      graceful.setHandler(front);
      server.setHandler(graceful);
      server.setErrorHandler(new ProtocolErrors(router));
      server.setStopTimeout(STOP_TIMEOUT_MILLIS);
      server.start();
      // Bound once the service answers: they cost start-up time and no callback needs them.
      bindJvmAndProcessMetrics(registry);
      housekeeping = H2Housekeeping.startIfEmbeddedH2File(storage, config.dbUrl());
      return new WalletgateService(dataSource, housekeeping, walletgate, server, connector, front);
    } catch (Exception | Error e) {
      if (housekeeping != null) {
        housekeeping.close();
      }
      dataSource.close();
      throw e;
    }
  }

  private static void bindJvmAndProcessMetrics(PrometheusMeterRegistry registry) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
  }

  /** Every secret of the configuration, masked in every log line from here on. */
  private static void maskSecretsInLogs(ServiceConfig config) {
    if (!SLF4JBridgeHandler.isInstalled()) {
      // Libraries that log through java.util.logging go through the same masking layout.
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
    LogSecrets.register(config.operatorKey());
    LogSecrets.register(config.dbPassword());
    for (ServiceConfig.ServedProtocol served : config.protocols()) {
      for (ProtocolSetting setting : served.protocol().settings()) {
        if (setting.secret()) {
          served.config().get(setting.name()).ifPresent(LogSecrets::register);
        }
      }
    }
  }

  static HikariDataSource pool(ServiceConfig config, PrometheusMeterRegistry registry) {
    // After a SIGKILL, H2 would otherwise spend about four seconds making sure its lock file is
    // stale before the first connection opens.
    StaleH2LockFile.clearIfUnowned(config.dbUrl());
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("walletgate");
    hikari.setJdbcUrl(config.dbUrl());
    hikari.setUsername(config.dbUser());
    hikari.setPassword(config.dbPassword());
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setConnectionTimeout(5_000);
    hikari.setValidationTimeout(2_000);
    hikari.setExceptionOverrideClassName(BrokenConnections.class.getName());
    if (registry != null) {
      hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
    return new HikariDataSource(hikari);
  }

  /** The port actually listened on (useful when configured as 0). */
  public int port() {
    return connector.getLocalPort();
  }

  public URI baseUri() {
    String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
    return URI.create("http://" + host + ":" + port());
  }

  public Walletgate walletgate() {
    return walletgate;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Graceful: stop accepting, finish requests in flight, then release storage and the pool. */
  @Override
  public void close() {
    try {
      // New requests get their protocol's retry signal from here on, while the requests in
      // flight (counted by the graceful handler) finish and are answered.
      front.stopTakingRequests();
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping", e);
    } catch (TimeoutException e) {
      // Jetty has closed what was still open by now; the transactions those requests ran either
      // committed or rolled back, and their providers retry, so the stop goes on.
      LOG.warn(
          "Requests were still in flight after {} ms; their connections were closed",
          STOP_TIMEOUT_MILLIS);
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the HTTP server cleanly", e);
    } finally {
      if (housekeeping != null) {
        housekeeping.close();
      }
      walletgate.close();
      dataSource.close();
      LOG.info("Walletgate stopped");
    }
  }
}
