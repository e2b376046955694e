package dev.walletgate.bootstrap.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service as a separate JVM ({@code dev.walletgate.bootstrap.Main serve}) on a fixed port, so
 * that it can be killed with SIGKILL ({@link Process#destroyForcibly()}) and started again on the
 * same data. Its output goes to a log file in the data directory.
 */
final class ServiceProcess implements AutoCloseable {
  private final List<String> flags;
  private final int port;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(1))
          .build();
  private Process process;
  private int starts;

  ServiceProcess(List<String> flags, Path log) throws IOException {
    this.flags = List.copyOf(flags);
    this.port = freePort();
    this.log = log;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Starts the JVM and waits until {@code /health} answers 200. */
  void start() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add("dev.walletgate.bootstrap.Main");
    command.add("serve");
    command.addAll(flags);
    command.addAll(List.of("--port", Integer.toString(port)));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("JAVA_TOOL_OPTIONS", "");
    process = builder.start();
    starts++;
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the service exited with " + process.exitValue() + ": " + tail());
      }
      if (healthy()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the service did not become healthy: " + tail());
  }

  boolean healthy() {
    try {
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(baseUri().resolve("/health"))
                  .timeout(Duration.ofSeconds(2))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * SIGKILL: no shutdown hook, no graceful stop, requests in flight are cut. Returns once the JVM
   * is gone, so that a restart never opens the database beside the killed process.
   */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the service JVM still runs 30 s after SIGKILL");
    }
  }

  int starts() {
    return starts;
  }

  String tail() {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.substring(Math.max(0, text.length() - 4000));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** A graceful stop (SIGTERM), then SIGKILL if it does not end in time. */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
