package dev.walletgate.bootstrap.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own small-transaction limit: pgbench's built-in tpcb-like script on a scratch
 * database created (and dropped) on the same server, at each client count, scaled to the largest
 * client count.
 */
final class Pgbench {
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

  private final String jdbcUrl;
  private final String host;
  private final String port;
  private final String user;
  private final String password;

  Pgbench(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    this.host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
    this.port = uri.getPort() < 0 ? "5432" : Integer.toString(uri.getPort());
    Map<String, String> query = query(uri.getRawQuery());
    this.user = query.getOrDefault("user", System.getProperty("user.name"));
    this.password = query.get("password");
  }

  static boolean installed() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "pgbench"))) {
        return true;
      }
    }
    return false;
  }

  /** Transactions per second at each client count, in order. */
  List<Double> run(List<Integer> clients, long seconds) throws Exception {
    String db = "walletgate_pgbench_" + UUID.randomUUID().toString().substring(0, 8);
    db = db.toLowerCase(Locale.ROOT);
    sql("CREATE DATABASE " + db);
    try {
      // One branch row per client at most: at scale 1 every tpcb-like transaction updates the
      // same branch row, and pgbench would measure that row lock rather than the server.
      int scale = clients.stream().max(Integer::compare).orElse(1);
      pgbench(List.of("-i", "-q", "-s", Integer.toString(scale), db));
      List<Double> tps = new ArrayList<>();
      for (int n : clients) {
        String out =
            pgbench(
                List.of(
                    "-n",
                    "-b",
                    "tpcb-like",
                    "-c",
                    Integer.toString(n),
                    "-j",
                    Integer.toString(Math.min(n, Runtime.getRuntime().availableProcessors())),
                    "-T",
                    Long.toString(Math.max(1, seconds)),
                    db));
        Matcher m = TPS.matcher(out);
        if (!m.find()) {
          throw new IllegalStateException("pgbench printed no tps: " + out);
        }
        tps.add(Double.valueOf(m.group(1)));
      }
      return tps;
    } finally {
      sql("DROP DATABASE IF EXISTS " + db);
    }
  }

  private String pgbench(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("pgbench", "-h", host, "-p", port, "-U", user));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (password != null) {
      builder.environment().put("PGPASSWORD", password);
    }
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "pgbench " + args + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
    return new String(output, StandardCharsets.UTF_8);
  }

  private void sql(String statement) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new java.util.HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              pair.substring(0, eq),
              java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }
}
