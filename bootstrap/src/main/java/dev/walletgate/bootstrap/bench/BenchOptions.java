package dev.walletgate.bootstrap.bench;

import dev.walletgate.bootstrap.Persistence;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The bench command's options; see {@link #USAGE}. */
record BenchOptions(
    List<Persistence> adapters,
    List<String> databases,
    List<Integer> threads,
    Duration duration,
    Duration warmup,
    Path out,
    String postgresUrl,
    String pgbouncerUrl,
    String url,
    String kyrenPath,
    String operatorKey,
    int preload,
    int poolSize,
    int playersPerThread,
    int repeat,
    Set<String> skip,
    Path jar,
    int recoveryCallbacks,
    int restarts) {

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "bench options:",
          "  --adapters jdbi,jpa            persistence adapters [jdbi,jpa]",
          "  --databases h2mem,h2file,postgres  databases [all; postgres needs --postgres-url]",
          "  --threads 1,2,4,8,16           client threads / connections [1,2,4,8,16]",
          "  --duration 5 --warmup 2        seconds measured / warm-up per point [5 / 2]",
          "  --out DIR                      report folder [./bench-out]",
          "  --postgres-url URL             jdbc:postgresql://host:port/db?user=u (scratch databases:",
          "                                 in-process, pgbench, the HTTP service, preload, recovery)",
          "  --pgbouncer-url URL            a PgBouncer (transaction mode) in front of that server",
          "                                 passing any database name through: adds the pgbouncer",
          "                                 point (scratch database, prepareThreshold=0)",
          "  --url URL --kyren-path P --op-key K   an external service for the HTTP run",
          "  --preload N                    bets, each with its request record, stored before the",
          "                                 preloaded point [1000000]",
          "  --pool N                       HikariCP connections [16]",
          "  --players N                    players per client thread [10]",
          "  --repeat N                     runs per point, the median is reported [1]",
          "  --skip inprocess,http,pgbench,preload,process,recovery   leave sections out",
          "  --jar FILE                     the jar run with -Xmx256m [this jar]",
          "  --recovery-callbacks N         callbacks stored before the SIGKILLs [100000]",
          "  --restarts N                   SIGKILLs per database and adapter [3]");

  static BenchOptions parse(List<String> args) {
    List<Persistence> adapters = List.of(Persistence.JDBI, Persistence.JPA);
    List<String> databases = List.of("h2mem", "h2file", "postgres");
    List<Integer> threads = List.of(1, 2, 4, 8, 16);
    Duration duration = Duration.ofSeconds(5);
    Duration warmup = Duration.ofSeconds(2);
    Path out = Path.of("bench-out");
    String postgres = null;
    String pgbouncer = null;
    String url = null;
    String kyrenPath = null;
    String operatorKey = null;
    int preload = 1_000_000;
    int pool = 16;
    int players = 10;
    int repeat = 1;
    Set<String> skip = new TreeSet<>();
    Path jar = null;
    int recoveryCallbacks = 100_000;
    int restarts = 3;
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      String value = i + 1 < args.size() ? args.get(i + 1) : null;
      if (value == null) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      i++;
      switch (name) {
        case "--adapters" -> adapters = list(value).stream().map(Persistence::parse).toList();
        case "--databases" ->
            databases = check(list(value), "h2mem", "h2file", "postgres", "pgbouncer");
        case "--threads" -> threads = list(value).stream().map(Integer::valueOf).toList();
        case "--duration" -> duration = seconds(value);
        case "--warmup" -> warmup = seconds(value);
        case "--out" -> out = Path.of(value);
        case "--postgres-url" -> postgres = value;
        case "--pgbouncer-url" -> pgbouncer = value;
        case "--url" -> url = value;
        case "--kyren-path" -> kyrenPath = value;
        case "--op-key" -> operatorKey = value;
        case "--preload" -> preload = Integer.parseInt(value);
        case "--pool" -> pool = Integer.parseInt(value);
        case "--players" -> players = Integer.parseInt(value);
        case "--repeat" -> repeat = Integer.parseInt(value);
        case "--skip" ->
            skip.addAll(
                check(
                    list(value), "inprocess", "http", "pgbench", "preload", "process", "recovery"));
        case "--jar" -> jar = Path.of(value);
        case "--recovery-callbacks" -> recoveryCallbacks = Integer.parseInt(value);
        case "--restarts" -> restarts = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown bench option " + name);
      }
    }
    if (pgbouncer != null && postgres == null) {
      throw new IllegalArgumentException(
          "--pgbouncer-url needs --postgres-url (to create the scratch database)");
    }
    if (url != null && (kyrenPath == null || operatorKey == null)) {
      throw new IllegalArgumentException("--url needs --kyren-path and --op-key");
    }
    if (threads.stream().anyMatch(t -> t < 1)
        || pool < 1
        || players < 1
        || repeat < 1
        || preload < 0
        || recoveryCallbacks < 0
        || restarts < 1) {
      throw new IllegalArgumentException("threads, pool, players and repeat must be positive");
    }
    return new BenchOptions(
        adapters,
        databases,
        threads,
        duration,
        warmup,
        out,
        postgres,
        pgbouncer,
        url,
        kyrenPath,
        operatorKey,
        preload,
        pool,
        players,
        repeat,
        skip,
        jar,
        recoveryCallbacks,
        restarts);
  }

  /** The databases of the in-process section: --pgbouncer-url adds its point after the others. */
  List<String> databasesToRun() {
    if (pgbouncerUrl == null || databases.contains("pgbouncer")) {
      return databases;
    }
    List<String> all = new ArrayList<>(databases);
    all.add("pgbouncer");
    return all;
  }

  boolean runs(String section) {
    return !skip.contains(section);
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> check(List<String> values, String... allowed) {
    List<String> known = new ArrayList<>(List.of(allowed));
    for (String v : values) {
      if (!known.contains(v)) {
        throw new IllegalArgumentException("'" + v + "' is not one of " + known);
      }
    }
    return values;
  }

  private static Duration seconds(String value) {
    BigDecimal s = new BigDecimal(value);
    if (s.signum() < 0) {
      throw new IllegalArgumentException("seconds must not be negative: " + value);
    }
    return Duration.ofMillis(s.movePointRight(3).longValueExact());
  }
}
