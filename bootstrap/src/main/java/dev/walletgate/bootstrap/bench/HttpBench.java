package dev.walletgate.bootstrap.bench;

import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The HTTP section: the mix as Kyren calls against a service started in-process on a free port,
 * with the Jdbi adapter, on its default embedded H2 file and, with --postgres-url, on a scratch
 * database of that PostgreSQL server; or against the external service given by --url.
 */
final class HttpBench {
  static final String KYREN_PATH = "/kyren/bench-" + UUID.randomUUID() + "/v1";
  static final String OPERATOR_KEY = "bench-" + UUID.randomUUID();

  private final BenchOptions options;
  private final LoadRun load;
  private final Consumer<Point> sink;
  private int runs;

  HttpBench(BenchOptions options, Consumer<Point> sink) {
    this.options = options;
    this.load = new LoadRun(options.warmup(), options.duration());
    this.sink = sink;
  }

  void run() throws Exception {
    if (options.url() != null) {
      measure(URI.create(options.url()), "external", options.kyrenPath(), options.operatorKey());
      return;
    }
    measureService("h2file", null);
    if (options.postgresUrl() != null) {
      // The service opens its own pool on the scratch database; this one only creates and drops it.
      try (BenchDatabase postgres = BenchDatabase.create("postgres", options.postgresUrl(), 1)) {
        measureService("postgres", postgres.pool.getJdbcUrl());
      }
    }
  }

  /** The service on its default H2 file (dbUrl null) or on the given database, then the mix. */
  private void measureService(String database, String dbUrl) throws Exception {
    Path dataDir = Files.createTempDirectory("walletgate-bench-http-");
    List<String> args = new ArrayList<>(List.of(serviceArgs(dataDir, 0, options.poolSize())));
    args.addAll(List.of("--persistence", "jdbi"));
    if (dbUrl != null) {
      args.addAll(List.of("--db-url", dbUrl));
    }
    ServiceConfig config =
        ServiceConfig.from(ConfigSources.read(args.toArray(String[]::new), Map.of()));
    try (WalletgateService service = WalletgateService.start(config)) {
      measure(service.baseUri(), database, KYREN_PATH, OPERATOR_KEY);
    } finally {
      BenchDatabase.deleteTree(dataDir);
    }
  }

  /** The service's pool size: the in-process points' (--pool). */
  int poolSize() {
    return options.poolSize();
  }

  static ServiceConfig config(Path dataDir, int port, int poolSize) {
    return ServiceConfig.from(ConfigSources.read(serviceArgs(dataDir, port, poolSize), Map.of()));
  }

  static String[] serviceArgs(Path dataDir, int port, int poolSize) {
    return new String[] {
      "--port",
      Integer.toString(port),
      "--data-dir",
      dataDir.toString(),
      "--pool-size",
      Integer.toString(poolSize),
      "--kyren-base-path",
      KYREN_PATH,
      "--luckymonaco-token",
      "bench-token",
      "--operator-key",
      OPERATOR_KEY
    };
  }

  private void measure(URI base, String database, String kyrenPath, String key) throws Exception {
    for (int threads : options.threads()) {
      List<Point> runs = new ArrayList<>();
      for (int r = 0; r < options.repeat(); r++) {
        runs.add(point("http", database, base, kyrenPath, key, threads));
      }
      sink.accept(InProcessBench.median(runs));
    }
  }

  Point point(String section, String database, URI base, String kyrenPath, String key, int threads)
      throws Exception {
    String prefix = "h" + Long.toString(System.currentTimeMillis(), 36) + "-" + (++runs);
    HttpDriver setup = new HttpDriver(base, kyrenPath, key);
    List<List<BenchPlayer>> players = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      players.add(setup.fundedPlayers(prefix + "-t" + t, options.playersPerThread()));
    }
    return load.run(
        section,
        database,
        "http",
        threads,
        t -> {
          Mix mix = new Mix(prefix + "-t" + t, players.get(t), 17L * t + runs);
          HttpDriver driver = new HttpDriver(base, kyrenPath, key);
          return new LoadRun.Client(mix, driver);
        });
  }
}
