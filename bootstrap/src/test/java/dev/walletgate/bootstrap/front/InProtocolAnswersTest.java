package dev.walletgate.bootstrap.front;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.WalletgateService;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server itself answers (a body that never arrives, a request it cannot parse) is in the
 * protocol of the path: Kyren's retry code in an HTTP 200, LuckyMonaco's 503 TEMPORARY_ERROR, the
 * operator API's problem document; never an HTML page or exception text.
 */
class InProtocolAnswersTest {
  @TempDir Path dir;
  private WalletgateService service;

  @BeforeEach
  void start() throws Exception {
    service =
        RunningService.start(
            dir, "jdbc:h2:mem:answers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private String stalled(String path) throws Exception {
    try (Raw raw = new Raw(service.port(), 10_000)) {
      return raw.head(path, 200).send("{\"uuid\":").answer();
    }
  }

  private static void assertNoServerPage(String answer) {
    assertThat(answer).doesNotContainIgnoringCase("<html").doesNotContain("Exception", "jetty");
  }

  @Test
  void givenAKyrenBodyThatNeverArrives_theAnswerIsKyrensRetryCode() throws Exception {
    String bet = stalled(RunningService.KYREN + "/Bet");
    String endRound = stalled(RunningService.KYREN + "/EndRound");

    assertThat(bet).startsWith("HTTP/1.1 200 ").contains("\"error\":998");
    assertThat(endRound).startsWith("HTTP/1.1 200 ").contains("\"error\":997");
    assertNoServerPage(bet);
    assertNoServerPage(endRound);
  }

  @Test
  void givenALuckyMonacoBodyThatNeverArrives_theAnswerIs503TemporaryError() throws Exception {
    String answer = stalled("/luckymonaco/bet?authToken=" + RunningService.TOKEN);

    assertThat(answer).startsWith("HTTP/1.1 503 ").contains("\"status\":\"TEMPORARY_ERROR\"");
    assertNoServerPage(answer);
  }

  @Test
  void givenAnOperatorBodyThatNeverArrives_theAnswerIsAProblemDocument() throws Exception {
    String answer;
    try (Raw raw = new Raw(service.port(), 10_000)) {
      answer =
          raw.send(
                  "POST /operator/v1/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                      + RunningService.OPERATOR_KEY
                      + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
              .answer();
    }

    assertThat(answer).startsWith("HTTP/1.1 503 ").contains("application/problem+json");
    assertNoServerPage(answer);
  }

  @Test
  void givenHeadersTheServerRefuses_aProtocolPathStillGetsItsProtocolsAnswer() throws Exception {
    String huge = "x".repeat(20_000);
    String kyren;
    String unknown;
    try (Raw raw = new Raw(service.port(), 10_000)) {
      kyren =
          raw.send(
                  "POST "
                      + RunningService.KYREN
                      + "/Bet HTTP/1.1\r\nHost: x\r\nX-Filler: "
                      + huge
                      + "\r\nContent-Length: 2\r\n\r\n{}")
              .answer();
    }
    try (Raw raw = new Raw(service.port(), 10_000)) {
      unknown =
          raw.send("GET /nothing HTTP/1.1\r\nHost: x\r\nX-Filler: " + huge + "\r\n\r\n").answer();
    }

    assertThat(kyren).startsWith("HTTP/1.1 200 ").contains("\"error\":998");
    assertNoServerPage(kyren);
    assertThat(unknown).startsWith("HTTP/1.1 431 ");
    assertNoServerPage(unknown);
  }
}
