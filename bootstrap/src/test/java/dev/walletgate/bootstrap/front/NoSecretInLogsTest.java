package dev.walletgate.bootstrap.front;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.observe.MaskingPatternLayout;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Every protocol, error and timeout path is driven with the HTTP server and the pool logging at
 * DEBUG (where they print request URIs and settings); the whole log, standard error included, holds
 * no configured secret in any form.
 */
class NoSecretInLogsTest {
  private static final String DB_PASSWORD = "db-password-0b7f";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  @Test
  void givenEveryPathDrivenAtDebug_noLogLineHoldsASecret() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
        appender(context, log);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    List<String> chatty = List.of("org.eclipse.jetty", "com.zaxxer.hikari", "walletgate");
    root.addAppender(appender);
    for (String name : chatty) {
      // Only into the captured log: the build's own output stays at warnings.
      Logger logger = context.getLogger(name);
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
      logger.addAppender(appender);
    }
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try (WalletgateService service =
        RunningService.start(
            dir,
            "jdbc:h2:mem:secrets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--db-user",
            "sa",
            "--db-password",
            DB_PASSWORD)) {
      driveEveryPath(service);
    } finally {
      System.setErr(originalErr);
      for (String name : chatty) {
        Logger logger = context.getLogger(name);
        logger.detachAppender(appender);
        logger.setAdditive(true);
        logger.setLevel(null);
      }
      root.detachAppender(appender);
      appender.stop();
    }
    String written = log.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);

    assertThat(written).contains("/Balance", "***");
    for (String secret :
        List.of(
            RunningService.KYREN,
            "front-secret-77d1",
            RunningService.TOKEN,
            RunningService.OPERATOR_KEY,
            DB_PASSWORD)) {
      assertThat(written)
          .as("the log holds %s", secret)
          .doesNotContain(secret)
          .doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }
  }

  private static void driveEveryPath(WalletgateService service) throws Exception {
    String base = service.baseUri().toString();
    post(base + RunningService.KYREN + "/Balance", RunningService.balance("b-1"), null);
    post(base + RunningService.KYREN + "/Bet", RunningService.bet("bet-1", "ref-1"), null);
    post(base + RunningService.KYREN + "/Bet", "{not json", null);
    post(base + RunningService.KYREN + "/Nothing", "{}", null);
    post(base + "/kyren/guessed/v1/Bet", "{}", null);
    post(
        base + "/luckymonaco/balance?authToken=" + RunningService.TOKEN,
        "{\"sid\":\"session-1\",\"userid\":\"123456\",\"currency\":\"USD\",\"uuid\":\"u-1\"}",
        null);
    post(base + "/luckymonaco/bet?authToken=wrong", "{}", null);
    post(base + "/operator/v1/sessions", "{}", "Bearer " + RunningService.OPERATOR_KEY);
    post(base + "/operator/v1/sessions", "{}", "Bearer wrong");
    for (String path :
        List.of(
            RunningService.KYREN + "/Bet",
            "/luckymonaco/bet?authToken=" + RunningService.TOKEN,
            "/operator/v1/sessions")) {
      try (Raw raw = new Raw(service.port(), 10_000)) {
        raw.send(
                "POST "
                    + path
                    + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + RunningService.OPERATOR_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{")
            .answer();
      }
      try (Raw raw = new Raw(service.port(), 10_000)) {
        raw.send(
                "POST "
                    + path
                    + " HTTP/1.1\r\nHost: x\r\nX-Big: "
                    + "y".repeat(20_000)
                    + "\r\n\r\n")
            .answer();
      }
      try (Raw raw = new Raw(service.port(), 10_000)) {
        raw.send("POST " + path + "%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").answer();
      }
    }
  }

  private static void post(String url, String body, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }

  private static OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender(
      LoggerContext context, ByteArrayOutputStream log) {
    MaskingPatternLayout layout = new MaskingPatternLayout();
    layout.setContext(context);
    layout.setPattern("%d %level %logger - %msg%n%ex");
    layout.start();
    LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder =
        new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
        new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(log);
    appender.start();
    return appender;
  }
}
