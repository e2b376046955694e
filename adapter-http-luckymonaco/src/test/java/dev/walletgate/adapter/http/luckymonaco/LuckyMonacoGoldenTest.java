package dev.walletgate.adapter.http.luckymonaco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden exchanges in {@code src/test/resources/golden/} (the seed's cancel example among
 * them), run in the order of {@code cases.txt} on one wallet and compared as JSON trees; response
 * uuids are random and checked by shape.
 */
class LuckyMonacoGoldenTest {
  private static final String FRESH_UUID = "<uuid>";

  private final LuckyMonacoTestClient lm = new LuckyMonacoTestClient();

  @TestFactory
  Stream<DynamicTest> goldenExchanges_matchTheirRecordedAnswers() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : read("cases.txt").split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] columns = trimmed.split("\\s+");
      tests.add(DynamicTest.dynamicTest(columns[0], () -> run(columns[0], columns[1], columns[2])));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(15);
    return tests.stream();
  }

  private void run(String name, String call, String token) {
    String query = "authToken=" + ("good".equals(token) ? LuckyMonacoTestClient.TOKEN : "forged");
    Reply reply = lm.send("POST", "/luckymonaco/" + call, query, read(name + ".request.json"));
    JsonNode expected = parse(read(name + ".response.json"));

    assertThat(reply.http()).as(name).isEqualTo(200);
    assertThat(reply.json.path("uuid").asText()).as(name).matches(LuckyMonacoTestClient.UUID_SHAPE);
    JsonNode actual = reply.json.deepCopy();
    if (FRESH_UUID.equals(expected.path("uuid").asText())) {
      ((ObjectNode) actual).put("uuid", FRESH_UUID);
    }
    assertThat(actual).as(name + ": " + reply.text()).isEqualTo(expected);
  }

  private static JsonNode parse(String json) {
    try {
      return LuckyMonacoTestClient.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String file) {
    try (InputStream in = LuckyMonacoGoldenTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file " + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
