package dev.walletgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.bootstrap.e2e.OpenApiDocument.Operation;
import dev.walletgate.bootstrap.operator.OperatorContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator API against its OpenAPI contract, on the running service: the document it serves is
 * the one it ships; every documented operation answers its success and each documented error a
 * request can cause, as documented; no other path or method under the API answers 2xx.
 */
class OperatorContractEndToEndTest {
  /** What no request can cause in a healthy service; every other documented status is produced. */
  private static final Set<Integer> NOT_PRODUCIBLE = Set.of(500);

  private static final List<String> METHODS =
      List.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private WalletgateService service;
  private ServiceClient client;
  private WireClient wire;
  private OpenApiDocument contract;
  private final ContractCoverage coverage = new ContractCoverage();

  @BeforeEach
  void start() throws Exception {
    service =
        WalletgateService.start(
            ServiceConfig.from(
                ConfigSources.read(
                    new String[] {
                      "--persistence",
                      "jdbi",
                      "--port",
                      "0",
                      "--data-dir",
                      dataDir.toString(),
                      "--kyren-base-path",
                      ServiceClient.KYREN_BASE,
                      "--luckymonaco-token",
                      ServiceClient.LUCKYMONACO_TOKEN,
                      "--operator-key",
                      ServiceClient.OPERATOR_KEY,
                      // A body that never arrives is answered "retry" after this: the 503s.
                      "--read-timeout",
                      "PT1S",
                      // Events older than this are purged on request: the 410 of a late reader.
                      "--request-retention",
                      "PT2S",
                      // The built-in bet guard, so that a limit set here holds a bet.
                      "--bet-limits",
                      "on"
                    },
                    Map.of())));
    client = new ServiceClient(service.baseUri());
    wire = new WireClient(service.port());
    String address = service.baseUri() + OperatorContract.PATH;
    contract = OpenApiDocument.read(client.get(OperatorContract.PATH).body(), address);
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void theServedDocument_isTheShippedOne_anOpenApi31ContractWhoseReferencesAllResolve() {
    WireClient.Response served =
        wire.send("GET", OperatorContract.PATH, List.of("Host: 127.0.0.1"), new byte[0]);

    assertThat(served.status()).isEqualTo(200);
    assertThat(served.header("Content-Type")).contains(OperatorContract.MEDIA_TYPE);
    assertThat(served.body()).isEqualTo(shippedDocument());
    assertThat(contract.root().get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(contract.at("/components/securitySchemes/operatorKey/scheme").asText())
        .isEqualTo("bearer");
    assertThat(unresolvedReferences(contract.root())).isEmpty();
  }

  // Guards the check itself: a validator that resolved nothing would pass every answer.
  @Test
  void theContractsSchemas_refuseFieldsTypesAndFormatsTheServiceMustNotSend() throws Exception {
    String account = "/components/schemas/Account";
    String valid =
        "{\"playerId\":\"1\",\"currency\":\"USD\",\"balance\":\"0.00\",\"locked\":false}";
    assertThat(contract.violations(account, JSON.readTree(valid))).isEmpty();
    assertThat(contract.violations(account, JSON.readTree(valid.replace("}", ",\"extra\":1}"))))
        .isNotEmpty();
    assertThat(contract.violations(account, JSON.readTree(valid.replace("\"0.00\"", "\"1E2\""))))
        .isNotEmpty();
    assertThat(contract.violations(account, JSON.readTree(valid.replace("\"0.00\"", "0.00"))))
        .isNotEmpty();
    assertThat(
            contract.violations(
                "/components/schemas/Session",
                JSON.readTree(
                    "{\"sessionId\":\"s\",\"playerId\":\"1\",\"currency\":\"USD\","
                        + "\"expiresAt\":\"tomorrow\"}")))
        .isNotEmpty();
    String unauthorized = contract.componentResponse("Unauthorized");
    String problem =
        "{\"type\":\"urn:walletgate:problem:conflict\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"x\"}";
    assertThat(
            contract.violations(
                unauthorized + "/content/application~1problem+json/schema", JSON.readTree(problem)))
        .isNotEmpty();
  }

  @Test
  void everyDocumentedOperation_answersItsSuccessAndItsErrors_asDocumented() {
    accounts();
    transfers();
    locks();
    limits();
    sessions();
    bets();
    ledger();
    reconciliation();
    events();
    theContractItself();
    refusalsOfEveryOperation();

    assertThat(coverage.operations()).isEqualTo(contract.operations());
    assertThat(coverage.missing(contract, NOT_PRODUCIBLE)).isEmpty();
  }

  private void accounts() {
    String account = "/players/{playerId}/accounts/{currency}";
    JsonNode created = json(call("PUT", account, "123456", "USD").expect(200));
    assertThat(created.get("balance").asText()).isEqualTo("0.00");
    call("PUT", account, "123456", "USD").expect(200);
    call("PUT", account, "123456", "QQQ").expect(422);
    call("PUT", account, "%FF", "USD").expect(400);

    assertThat(json(call("GET", account, "123456", "USD").expect(200))).isEqualTo(created);
    call("GET", account, "nobody", "USD").expect(404);
    call("GET", account, "%20", "USD").expect(422);
    call("GET", account, "123456", "%C3%28").expect(400);
  }

  private void transfers() {
    String deposits = "/players/{playerId}/accounts/{currency}/deposits";
    String first = "{\"amount\":\"100000.00\",\"reference\":\"dep-1\"}";
    JsonNode booked = json(call("POST", deposits, "123456", "USD").body(first).expect(200));
    assertThat(booked.get("balance").asText()).isEqualTo("100000.00");
    JsonNode repeated = json(call("POST", deposits, "123456", "USD").body(first).expect(200));
    assertThat(repeated.get("transactionId")).isEqualTo(booked.get("transactionId"));
    call("POST", deposits, "123456", "USD")
        .body("{\"amount\":25.50,\"reference\":\"dep-2\"}")
        .expect(200);
    call("POST", deposits, "nobody", "USD")
        .body("{\"amount\":\"1.00\",\"reference\":\"dep-4\"}")
        .expect(404);
    call("POST", deposits, "123456", "USD")
        .body("{\"amount\":\"5.00\",\"reference\":\"dep-1\"}")
        .expect(409);
    call("POST", deposits, "123456", "USD")
        .body("{\"amount\":\"1.001\",\"reference\":\"dep-3\"}")
        .expect(422);
    call("POST", deposits, "123456", "USD").body("{not json").expect(400);

    String withdrawals = "/players/{playerId}/accounts/{currency}/withdrawals";
    JsonNode withdrawn =
        json(
            call("POST", withdrawals, "123456", "USD")
                .body("{\"amount\":\"25.50\",\"reference\":\"wd-1\"}")
                .expect(200));
    assertThat(withdrawn.get("balance").asText()).isEqualTo("100000.00");
    call("POST", withdrawals, "123456", "USD")
        .body("{\"amount\":\"1000000.00\",\"reference\":\"wd-2\"}")
        .expect(409);
    call("POST", withdrawals, "nobody", "USD")
        .body("{\"amount\":\"1.00\",\"reference\":\"wd-3\"}")
        .expect(404);
    call("POST", withdrawals, "123456", "USD").body("{\"amount\":\"1.00\"}").expect(422);
    call("POST", withdrawals, "123456", "USD").body("[]").expect(400);
  }

  private void locks() {
    String lock = "/players/{playerId}/lock";
    call("PUT", lock, "123456").expect(204);
    assertThat(client.operator("GET", "/players/123456/accounts/USD", null).text("locked"))
        .isEqualTo("true");
    call("DELETE", lock, "123456").expect(204);
    for (String method : List.of("PUT", "DELETE")) {
      call(method, lock, "nobody").expect(404);
      call(method, lock, "%20").expect(422);
      call(method, lock, "%FF").expect(400);
    }
  }

  private void limits() {
    // A player of its own: limits on 123456 would refuse the bets of the later steps.
    call("PUT", "/players/{playerId}/accounts/{currency}", "limited", "USD").expect(200);
    client.operator(
        "POST",
        "/players/limited/accounts/USD/deposits",
        "{\"amount\":\"500.00\",\"reference\":\"dep-limited\"}");

    String limits = "/players/{playerId}/limits/{currency}";
    JsonNode none = json(call("GET", limits, "limited", "USD").expect(200));
    assertThat(none.at("/stakeLimit/amount").isNull()).isTrue();
    assertThat(none.at("/dailyLossLimit/pending").isNull()).isTrue();
    JsonNode set =
        json(
            call("PUT", limits, "limited", "USD")
                .body("{\"stakeLimit\":\"50.00\",\"dailyLossLimit\":200}")
                .expect(200));
    assertThat(set.at("/stakeLimit/amount").asText()).isEqualTo("50.00");
    assertThat(set.at("/dailyLossLimit/amount").asText()).isEqualTo("200.00");
    // A raise and a removal wait for the cooling-off; the limits in force hold until then.
    JsonNode loosened =
        json(call("PUT", limits, "limited", "USD").body("{\"stakeLimit\":\"80\"}").expect(200));
    assertThat(loosened.at("/stakeLimit/amount").asText()).isEqualTo("50.00");
    assertThat(loosened.at("/stakeLimit/pending/amount").asText()).isEqualTo("80.00");
    assertThat(loosened.at("/dailyLossLimit/amount").asText()).isEqualTo("200.00");
    assertThat(loosened.at("/dailyLossLimit/pending/amount").isNull()).isTrue();
    assertThat(loosened.at("/dailyLossLimit/pending/effectiveAt").asText()).isNotEmpty();
    assertThat(json(call("GET", limits, "limited", "USD").expect(200))).isEqualTo(loosened);

    client.operator(
        "POST",
        "/sessions",
        "{\"playerId\":\"limited\",\"currency\":\"USD\",\"sessionId\":\"limited-session\"}");
    String overTheLimit =
        AbstractServiceEndToEndTest.BET
            .replace("\"123456\"", "\"limited\"")
            .replace("session-1", "limited-session")
            .replace("100.01", "50.01")
            .replace("9f1c0a77e4d34b0a9d2c3e4f5a6b7c8d", "limited-bet-request")
            .replace("585c1306f89c56f5ecfc2f5d", "limited-bet");
    assertThat(client.kyren("Bet", overTheLimit).text("error")).isEqualTo("60");

    call("GET", limits, "nobody", "USD").expect(404);
    call("PUT", limits, "nobody", "USD").body("{}").expect(404);
    call("GET", limits, "limited", "QQQ").expect(422);
    call("GET", limits, "%20", "USD").expect(422);
    for (String bad : List.of("\"-1\"", "\"1.001\"", "1E2", "\"ten\"", "true")) {
      call("PUT", limits, "limited", "USD").body("{\"stakeLimit\":" + bad + "}").expect(422);
    }
    call("PUT", limits, "limited", "USD").body("{not json").expect(400);
    call("GET", limits, "limited", "%FF").expect(400);
  }

  private void sessions() {
    String sessions = "/sessions";
    String first = "{\"playerId\":\"123456\",\"currency\":\"USD\",\"sessionId\":\"session-1\"}";
    JsonNode opened = json(call("POST", sessions).body(first).expect(201));
    assertThat(opened.get("sessionId").asText()).isEqualTo("session-1");
    call("POST", sessions).body(first).expect(201);
    call("POST", sessions).body("{\"playerId\":\"123456\",\"currency\":\"USD\"}").expect(201);
    call("POST", sessions)
        .body("{\"playerId\":\"123456\",\"currency\":\"USD\",\"sessionId\":null}")
        .expect(201);
    call("POST", sessions)
        .body("{\"playerId\":\"other\",\"currency\":\"USD\",\"sessionId\":\"session-1\"}")
        .expect(409);
    call("POST", sessions).body("{\"currency\":\"USD\"}").expect(422);
    call("POST", sessions).body("{\"playerId\":\"123456\",\"currency\":\"QQQ\"}").expect(422);
    call("POST", sessions).body("{not json").expect(400);

    // An id with a '/' in it is named in the path with %2F.
    String session = "/sessions/{sessionId}";
    call("POST", sessions)
        .body("{\"playerId\":\"123456\",\"currency\":\"USD\",\"sessionId\":\"table/7\"}")
        .expect(201);
    call("DELETE", session, "table%2F7").expect(204);
    call("DELETE", session, "table%2F7").expect(204);
    call("DELETE", session, "no-such-session").expect(404);
    call("DELETE", session, "%20").expect(422);
    call("DELETE", session, "%FF").expect(400);
  }

  private void bets() {
    assertThat(client.kyren("Bet", AbstractServiceEndToEndTest.BET).text("error")).isEqualTo("0");
    assertThat(client.luckyMonaco("cancel", AbstractServiceEndToEndTest.LM_CANCEL).text("status"))
        .isEqualTo("OK");

    String bet = "/bets/{integration}/{betKey}";
    JsonNode open = json(call("GET", bet, "kyren", "585c1306f89c56f5ecfc2f5d").expect(200));
    assertThat(open.get("state").asText()).isEqualTo("OPEN");
    assertThat(open.get("stake").asText()).isEqualTo("100.01");
    JsonNode voided = json(call("GET", bet, "luckymonaco", "lm-tx-1").expect(200));
    assertThat(voided.get("state").asText()).isEqualTo("VOIDED");
    assertThat(voided.get("stake").isNull()).isTrue();
    call("GET", bet, "kyren", "no-such-bet").expect(404);
    call("GET", bet, "%20", "585c1306f89c56f5ecfc2f5d").expect(422);
    call("GET", bet, "kyren", "%FF").expect(400);
  }

  private void ledger() {
    String ledger = "/players/{playerId}/ledger";
    JsonNode page = json(call("GET", ledger, "123456").query("currency=USD").expect(200));
    assertThat(page.get("entries")).hasSize(4);
    assertThat(page.at("/entries/0/kind").asText()).isEqualTo("BET");
    assertThat(page.at("/entries/0/amount").asText()).isEqualTo("-100.01");
    JsonNode one = json(call("GET", ledger, "123456").query("currency=USD&limit=1").expect(200));
    assertThat(one.get("entries")).hasSize(1);
    call("GET", ledger, "nobody").query("currency=USD").expect(404);
    call("GET", ledger, "123456").expect(422);
    for (String limit : List.of("0", "1001", "ten")) {
      call("GET", ledger, "123456").query("currency=USD&limit=" + limit).expect(422);
    }
    call("GET", ledger, "123456").query("currency=%FF").expect(400);
  }

  private void reconciliation() {
    String refusedCancel =
        AbstractServiceEndToEndTest.SEED_CANCEL
            .replace("\"123456\"", "\"654321\"")
            .replace("4a5d375ac1311b04fba2ea66d067b8e5", "4a5d375ac1311b04fba2ea66d067b8e6");
    client.kyren("Cancel", refusedCancel);

    String reconciliation = "/reconciliation";
    call("GET", reconciliation).expect(200);
    JsonNode report =
        json(call("GET", reconciliation).query("openOlderThan=PT0S&limit=10").expect(200));
    assertThat(report.at("/openBets/count").asInt()).isEqualTo(1);
    assertThat(report.at("/voidedKeys/count").asInt()).isEqualTo(1);
    assertThat(report.at("/refusedCancels/count").asInt()).isEqualTo(1);
    for (String age : List.of("-PT1M", "P36501D", "soon")) {
      call("GET", reconciliation).query("openOlderThan=" + age).expect(422);
    }
    call("GET", reconciliation).query("limit=0").expect(422);
    call("GET", reconciliation).query("openOlderThan=%FF").expect(400);
  }

  private void events() {
    String events = "/events";
    JsonNode all = json(call("GET", events).query("limit=1000").expect(200));
    int count = all.get("events").size();
    assertThat(count).isPositive();
    assertThat(all.get("next").asLong())
        .isEqualTo(all.at("/events/" + (count - 1) + "/position").asLong());
    assertThat(all.at("/events/0/position").asLong())
        .isEqualTo(all.get("oldestRetainedPosition").asLong());
    JsonNode second =
        json(
            call("GET", events)
                .query("after=" + all.at("/events/0/position").asLong() + "&limit=1")
                .expect(200));
    assertThat(second.get("events")).hasSize(1);
    assertThat(second.at("/events/0/id").asText()).isEqualTo(all.at("/events/1/id").asText());
    call("GET", events).expect(200);
    for (String bad : List.of("after=-1", "after=first", "limit=0", "limit=1001")) {
      call("GET", events).query(bad).expect(422);
    }
    call("GET", events).query("after=%FF").expect(400);

    // Past the retention the feed's start is purged; a reader still before it is told so.
    long next = all.get("next").asLong();
    sleepPast(Duration.ofSeconds(2));
    assertThat(service.walletgate().services().housekeeping().purgeExpiredEvents())
        .isEqualTo(count);
    call("GET", events).query("after=0").expect(410);
    JsonNode caughtUp = json(call("GET", events).query("after=" + next).expect(200));
    assertThat(caughtUp.get("events")).isEmpty();
    assertThat(caughtUp.get("oldestRetainedPosition").asLong()).isEqualTo(next + 1);
  }

  private static void sleepPast(Duration duration) {
    try {
      Thread.sleep(duration.toMillis() + 200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void theContractItself() {
    String document = "/openapi.yaml";
    call("GET", document).authorization(null).expect(200);
    call("GET", document).expect(200);
    call("GET", document).authorization(null).withoutHost().expect(400);
  }

  /** What the HTTP front answers for any operation, before or instead of the operation itself. */
  private void refusalsOfEveryOperation() {
    for (Operation operation : contract.operations()) {
      if (contract.secured(operation)) {
        call(operation).authorization(null).expect(401);
        call(operation).authorization("Bearer not-the-key").expect(401);
      }
      call(operation).header("Content-Length: 65537").expect(413);
      call(operation).query("pad=" + "x".repeat(20_000)).expect(414);
      call(operation).header("X-Filler: " + "x".repeat(20_000)).expect(431);
      // Declared, never sent: the read deadline passes and the answer says "send it again".
      call(operation).header("Content-Length: 10").expect(503);
    }
  }

  @Test
  void noUndocumentedPathOrMethod_underTheApi_answers2xx() {
    String notAllowed = contract.componentResponse("MethodNotAllowed");
    String notFound = contract.componentResponse("NotFound");
    List<String> answered = new ArrayList<>();
    for (Operation operation : contract.operations()) {
      Set<String> documented = contract.methods(operation.path());
      for (String method : METHODS) {
        if (documented.contains(method)) {
          continue;
        }
        WireClient.Response answer = probe(method, sample(operation.path()));
        answered.add(method + " " + operation.path() + " " + answer.status());
        assertThat(answer.status()).as(method + " " + operation.path()).isEqualTo(405);
        assertThat(ResponseCheck.violations(contract, notAllowed, method, answer)).isEmpty();
        assertThat(methods(answer.header("Allow").orElseThrow())).isEqualTo(documented);
      }
    }
    for (String path : UNDOCUMENTED) {
      for (String method : METHODS) {
        WireClient.Response answer = probe(method, path);
        answered.add(method + " " + path + " " + answer.status());
        assertThat(answer.status()).as(method + " " + path).isEqualTo(404);
        assertThat(ResponseCheck.violations(contract, notFound, method, answer)).isEmpty();
      }
    }
    for (String target : OUTSIDE) {
      WireClient.Response answer =
          wire.send("GET", target, List.of("Host: 127.0.0.1", key()), new byte[0]);
      assertThat(answer.status()).as(target).isEqualTo(404);
      assertThat(answer.body()).as(target).isEmpty();
    }
    assertThat(answered).noneMatch(line -> line.matches(".* 2\\d\\d"));
  }

  /** Paths under the API that no operation documents, relative to it. */
  private static final List<String> UNDOCUMENTED =
      List.of(
          "",
          "/",
          "/players",
          "/players/123456",
          "/players/123456/",
          "/players/123456/accounts",
          "/players/123456/accounts/",
          "/players/123456/accounts/USD/",
          "/players/123456/accounts/USD/balance",
          "/players/123456/accounts/USD/deposits/dep-1",
          "/players/123456/lock/",
          "/players/123456/unlock",
          "/players/123456/ledger/USD",
          "/players/123456/limits",
          "/players/123456/limits/",
          "/players/123456/limits/USD/",
          "/players/123456/limits/USD/stake",
          "/players/123456/sessions",
          "/accounts",
          "/sessions/",
          "/sessions/session-1/close",
          "/bets",
          "/bets/kyren",
          "/bets/kyren/",
          "/bets/kyren/key/extra",
          "/reconciliation/",
          "/reconcile",
          "/openapi.yaml/",
          "/openapi.json",
          "/openapi",
          "/docs",
          "/admin",
          "/health",
          "/metrics");

  /** Targets beside the API, which get the service's empty 404. */
  private static final List<String> OUTSIDE =
      List.of(
          "/operator",
          "/operator/",
          "/operator/v1x",
          "/operator/v2/players/123456/accounts/USD",
          "/openapi.yaml",
          "/api/operator/v1/sessions");

  @Test
  void percentEscapesThatAreNotUtf8_andAmbiguousPaths_answerTheDocumented400() {
    for (Operation operation : contract.operations()) {
      if (!operation.path().contains("{")) {
        continue;
      }
      for (String escape : List.of("%FF", "%C3%28", "%ED%A0%80", "%C0%AF", "%E2%82")) {
        call(operation, escape).expect(400);
      }
    }
    call("GET", "/players/{playerId}/ledger", "123456").query("currency=%FF").expect(400);
    call("GET", "/reconciliation").query("openOlderThan=%C0%AF").expect(400);

    String badRequest = contract.componentResponse("BadRequest");
    for (String path :
        List.of(
            "/players//accounts/USD",
            "/players/123456/accounts/%2e%2e",
            "/players/%2E%2E/accounts/USD",
            "/sessions/%u0041")) {
      WireClient.Response answer = probe("GET", path);
      assertThat(answer.status()).as(path).isEqualTo(400);
      assertThat(ResponseCheck.violations(contract, badRequest, "GET", answer)).isEmpty();
    }
    // The HTTP server cannot parse these request lines at all: 400 with no body, as documented.
    for (String path : List.of("/players/%00/accounts/USD", "/players/%G1/lock", "/sessions/x%")) {
      WireClient.Response answer = probe("GET", path);
      assertThat(answer.status()).as(path).isEqualTo(400);
      assertThat(answer.body()).as(path).isEmpty();
    }
  }

  private ContractCall call(String method, String template, String... rawArguments) {
    return new ContractCall(contract, wire, coverage, method, template, rawArguments);
  }

  /** The operation with a sample value in each path parameter, the first one given if any. */
  private ContractCall call(Operation operation, String... first) {
    String[] arguments = sampleArguments(operation.path());
    if (first.length > 0 && arguments.length > 0) {
      arguments[0] = first[0];
    }
    return call(operation.method(), operation.path(), arguments);
  }

  private static String[] sampleArguments(String template) {
    int count = template.length() - template.replace("{", "").length();
    String[] arguments = new String[count];
    Arrays.fill(arguments, "p1");
    return arguments;
  }

  private static String sample(String template) {
    return template.replaceAll("\\{[^}]+}", "p1");
  }

  private WireClient.Response probe(String method, String path) {
    return wire.send(
        method, contract.serverPath() + path, List.of("Host: 127.0.0.1", key()), new byte[0]);
  }

  private static String key() {
    return "Authorization: Bearer " + ServiceClient.OPERATOR_KEY;
  }

  private static Set<String> methods(String allow) {
    Set<String> methods = new TreeSet<>();
    for (String method : allow.split(",")) {
      methods.add(method.trim());
    }
    return methods;
  }

  private static JsonNode json(WireClient.Response answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] shippedDocument() {
    try (InputStream in = OperatorContract.class.getResourceAsStream(OperatorContract.RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every local {@code $ref} in the document that points at nothing. */
  private static List<String> unresolvedReferences(JsonNode root) {
    List<String> unresolved = new ArrayList<>();
    collectReferences(root, root, unresolved);
    return unresolved;
  }

  private static void collectReferences(JsonNode node, JsonNode root, List<String> unresolved) {
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isTextual()) {
      String target = ref.asText();
      if (!target.startsWith("#/") || root.at(target.substring(1)).isMissingNode()) {
        unresolved.add(target);
      }
    }
    node.elements().forEachRemaining(child -> collectReferences(child, root, unresolved));
  }
}
