package dev.walletgate.bootstrap.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service as its own process in {@code -Xmx256m} on an H2 file database: the time from launch
 * to the first 200 of {@code /health}, then the HTTP mix at 8 connections, then whether the process
 * is still alive.
 */
final class ServiceProcess {
  /** What the run found. */
  record Result(long startupMillis, boolean alive, Point load, String note) {}

  static Result run(Path jar, HttpBench http, int connections) throws Exception {
    Path dataDir = Files.createTempDirectory("walletgate-bench-process-");
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(jar.toString());
    command.add("serve");
    command.addAll(List.of(HttpBench.serviceArgs(dataDir, port, http.poolSize())));
    Path log = dataDir.resolve("service.log");
    URI base = URI.create("http://127.0.0.1:" + port);
    HttpDriver probe = new HttpDriver(base, HttpBench.KYREN_PATH, HttpBench.OPERATOR_KEY);
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long startup = -1;
      long deadline = started + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && process.isAlive()) {
        if (probe.status("/health") == 200) {
          startup = (System.nanoTime() - started) / 1_000_000;
          break;
        }
        Thread.sleep(20);
      }
      if (startup < 0) {
        return new Result(-1, process.isAlive(), null, "never answered 200: " + tail(log));
      }
      Point measured =
          http.point(
              "process",
              "h2file -Xmx256m",
              base,
              HttpBench.KYREN_PATH,
              HttpBench.OPERATOR_KEY,
              connections);
      // This process only sent the load: its CPU time and allocation are not the service's.
      Point load = measured.measuredElsewhere();
      boolean alive = process.isAlive() && probe.status("/health") == 200;
      return new Result(startup, alive, load, outOfMemory(log) ? "OutOfMemoryError in log" : "");
    } finally {
      process.destroy();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
      BenchDatabase.deleteTree(dataDir);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log);
      return text.substring(Math.max(0, text.length() - 500));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static boolean outOfMemory(Path log) {
    try {
      return Files.readString(log).contains("OutOfMemoryError");
    } catch (IOException e) {
      return false;
    }
  }
}
