package dev.walletgate.bootstrap.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.Storage;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.bootstrap.inputs.ServedWallet.Answer;
import dev.walletgate.bootstrap.inputs.ServedWallet.Snapshot;
import dev.walletgate.bootstrap.inputs.TextGenerator.Twin;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The property against one real storage adapter on one real database: a generated string of any
 * {@link TextKind} in any string field of any call ({@link Target#all()}) is either answered as bad
 * input with nothing stored, or accepted and stored so that it reads back identical; and of two
 * strings that some store, driver or collation could take for one ({@link Twin}), the second is
 * never a replay of the first. A failure names the seed; rerun it with {@code
 * -Dwalletgate.inputs.seed=<seed>}, and set the number of cases with {@code
 * -Dwalletgate.inputs.cases=<n>}.
 */
abstract class AbstractStoredTextProperty {
  private static final int CASES = Integer.getInteger("walletgate.inputs.cases", 300);
  private static final String BASE_PLAYER = "base-player";
  private static final String BASE_SESSION = "base-session";
  private static final String USD = "USD";
  private static final CurrencyCode USD_CODE = new CurrencyCode(USD);
  private static final String STAKE = "0.01";
  private static final int KYREN_OK = 0;
  private static final int KYREN_INVALID_PARAMETERS = 57;
  private static final int KYREN_MISSING_FIELD = 64;
  private static final int KYREN_UNSUPPORTED_CURRENCY = 71;
  private static final Integration KYREN = Integration.KYREN;
  private static final Integration LUCKYMONACO = Integration.LUCKYMONACO;
  private static final List<String> TWIN_PLACES =
      List.of(
          "Kyren Bet reference",
          "Kyren Bet uuid",
          "LuckyMonaco bet transaction.id",
          "operator deposit reference");

  private ServedWallet wallet;
  private TextGenerator texts;

  /** The database of this run, created empty. */
  abstract PrivateDatabase database();

  /** The storage adapter under test over the database, its tables in the schema. */
  abstract Storage storage(DataSource dataSource, String schema);

  @Test
  void anyStringInAnyField_isRefusedWithNothingStored_orStoredExactly_andTwinsStayTwo() {
    long seed = Long.getLong("walletgate.inputs.seed", new SecureRandom().nextLong());
    List<Target> targets = Target.all();
    try (PrivateDatabase database = database();
        ServedWallet served = new ServedWallet(storage(database.dataSource(), database.schema()))) {
      wallet = served;
      texts = new TextGenerator(seed);
      player(BASE_PLAYER, "1000000.00");
      openSession(BASE_PLAYER, BASE_SESSION);
      for (int n = 0; n < CASES; n++) {
        String what = "";
        try {
          if (n % 4 == 3) {
            Twin twin = texts.nextTwin();
            int where = n / 4 % TWIN_PLACES.size();
            what =
                TWIN_PLACES.get(where)
                    + " twins ("
                    + twin.difference()
                    + ") "
                    + shown(twin.first())
                    + " / "
                    + shown(twin.second());
            twins(n, twin, where);
          } else {
            Target target = texts.pick(targets);
            TextKind kind = texts.nextKind();
            String text = texts.next(kind);
            what = target + " <- " + kind + " " + shown(text);
            field(n, target, kind, text);
          }
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError(
              database.name()
                  + ", seed "
                  + seed
                  + " (rerun with -Dwalletgate.inputs.seed="
                  + seed
                  + "), case "
                  + n
                  + ": "
                  + what,
              e);
        }
      }
    }
  }

  // One field, one generated string.

  private void field(int n, Target target, TextKind kind, String text) {
    Map<String, String> values = defaults(n);
    boolean storable = !kind.refused();
    if (target.isPlayer() && target.protocol() != Target.Protocol.OPERATOR && storable) {
      values.put("player", text);
      values.put("session", "ps" + n);
      player(text, "100.00");
      openSession(text, "ps" + n);
    }
    if (target.isSession() && target.protocol() != Target.Protocol.OPERATOR && storable) {
      openSession(BASE_PLAYER, text);
    }
    if (target.call().equals("SessionExpired") && !target.isPlayer() && !target.isSession()) {
      // It ends its session: one of its own, so the base session stays for the other cases.
      values.put("session", "se" + n);
      openSession(BASE_PLAYER, "se" + n);
    }
    if (target.call().equals("win") && target.field().equals("bonus")) {
      // A blank bonus reads as none: then the win needs a bet on its spin (W5).
      assertThat(wallet.luckyMonaco("bet", luckyMonacoBody("bet", values)).text("status"))
          .isEqualTo("OK");
      values.put("uuid", "lw" + n);
    }
    switch (target.protocol()) {
      case KYREN -> kyren(target, kind, text, values);
      case LUCKYMONACO -> luckyMonaco(target, kind, text, values);
      case OPERATOR -> operator(target, kind, text, values);
    }
  }

  private void kyren(Target target, TextKind kind, String text, Map<String, String> values) {
    Map<String, Object> body = kyrenBody(target.call(), values);
    body.put(target.field(), text);
    Snapshot before = wallet.snapshot();

    JsonNode answer = wallet.kyren(target.call(), body);

    int expected =
        kind == TextKind.WHITESPACE_ONLY
            ? (target.optional() ? KYREN_OK : KYREN_MISSING_FIELD)
            : kind.refused()
                ? KYREN_INVALID_PARAMETERS
                : target.isCurrency() ? KYREN_UNSUPPORTED_CURRENCY : KYREN_OK;
    assertThat(answer.get("error").intValue()).as(answer.toString()).isEqualTo(expected);
    if (expected == KYREN_OK) {
      kyrenStored(target.call(), body, answer);
    } else {
      nothingStored(before, KYREN, body, "uuid", "reference", "roundId");
    }
  }

  private void luckyMonaco(Target target, TextKind kind, String text, Map<String, String> values) {
    ObjectNode body = luckyMonacoBody(target.call(), values);
    if (target.field().equals("userId")) {
      body.remove("userid");
    }
    set(body, target.field(), text);
    Snapshot before = wallet.snapshot();

    Answer answer = wallet.luckyMonaco(target.call(), body);

    boolean refused =
        (kind.refused() && !(kind == TextKind.WHITESPACE_ONLY && target.optional()))
            || target.isCurrency();
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(answer.text("status"))
        .as(answer.body().toString())
        .isEqualTo(refused ? "INVALID_PARAMETER" : "OK");
    assertThat(answer.body().has("retransmission")).isFalse();
    if (refused) {
      // A win's spin may hold the bet placed for it; a win itself never adds bets or rounds.
      String spin = target.call().equals("win") ? null : "transaction.id";
      nothingStored(before, LUCKYMONACO, flat(body), "uuid", spin, spin);
    } else {
      luckyMonacoStored(target.call(), flat(body));
    }
  }

  private void operator(Target target, TextKind kind, String text, Map<String, String> values) {
    Snapshot before = wallet.snapshot();
    Answer answer;
    int success;
    switch (target.call()) {
      case "deposit" -> {
        answer = wallet.operator("POST", depositPath(), deposit(text));
        success = 200;
      }
      case "openSession" -> {
        Map<String, String> session = new LinkedHashMap<>();
        session.put("playerId", BASE_PLAYER);
        session.put("currency", USD);
        session.put("sessionId", values.get("operatorSession"));
        session.put(target.field(), text);
        values.putAll(session);
        answer = wallet.operator("POST", "/sessions", session);
        success = target.isCurrency() ? 422 : 201;
      }
      case "createAccount" -> {
        answer = wallet.operator("PUT", "/players/" + percentEncoded(text) + "/accounts/USD", null);
        success = 200;
      }
      default -> throw new IllegalArgumentException(target.toString());
    }
    int refusal =
        kind == TextKind.LONE_SURROGATE && target.call().equals("createAccount") ? 400 : 422;
    assertThat(answer.status())
        .as(answer.body().toString())
        .isEqualTo(kind.refused() ? refusal : success);
    if (answer.status() >= 400) {
      assertThat(wallet.snapshot()).isEqualTo(before);
      assertThat(find(s -> s.sessions().find(new SessionId(values.get("operatorSession")))))
          .isEmpty();
      return;
    }
    switch (target.call()) {
      case "deposit" ->
          assertThat(find(s -> s.accounts().findByReference(text)).orElseThrow().key())
              .isEqualTo(text);
      case "openSession" -> {
        Session session =
            wallet
                .read(s -> s.sessions().find(new SessionId(values.get("sessionId"))))
                .orElseThrow();
        assertThat(session.id().value()).isEqualTo(values.get("sessionId"));
        assertThat(session.player().value()).isEqualTo(values.get("playerId"));
      }
      default ->
          assertThat(
                  wallet
                      .read(s -> s.accounts().find(new PlayerId(text), USD_CODE))
                      .orElseThrow()
                      .player()
                      .value())
              .isEqualTo(text);
    }
  }

  // What a successful call stored, read back and compared with what was sent, exactly.

  private void kyrenStored(String call, Map<String, Object> body, JsonNode answer) {
    String player = (String) body.get("userId");
    String reference = (String) body.get("reference");
    String round = (String) body.get("roundId");
    switch (call) {
      case "Bet" -> {
        Bet bet = (Bet) wallet.read(s -> s.bets().find(KYREN, new BetKey(reference))).orElseThrow();
        assertThat(bet.key().value()).isEqualTo(reference);
        assertThat(bet.player().value()).isEqualTo(player);
        assertThat(bet.round().value()).isEqualTo(round);
        assertThat(bet.session().value()).isEqualTo(body.get("sessionId"));
        assertThat(bet.debitTransaction().value())
            .isEqualTo(answer.get("transactionId").textValue());
        assertThat(roundOf(KYREN, round).id().value()).isEqualTo(round);
        assertThat(
                wallet
                    .read(s -> s.accounts().recentEntries(new PlayerId(player), USD_CODE, 1))
                    .get(0)
                    .key())
            .isEqualTo(reference);
      }
      case "Result" -> {
        Win win = wallet.read(s -> s.wins().find(KYREN, new WinKey(reference))).orElseThrow();
        assertThat(win.key().value()).isEqualTo(reference);
        assertThat(win.player().value()).isEqualTo(player);
        assertThat(win.round().value()).isEqualTo(round);
      }
      case "EndRound" -> {
        Round ended = roundOf(KYREN, round);
        assertThat(ended.id().value()).isEqualTo(round);
        assertThat(ended.state()).isEqualTo(RoundState.ENDED);
      }
      case "Cancel", "Refund" -> {
        BetKeyHolder voided =
            wallet.read(s -> s.bets().find(KYREN, new BetKey(reference))).orElseThrow();
        assertThat(voided.state()).isEqualTo(BetState.VOIDED);
        assertThat(voided.key().value()).isEqualTo(reference);
        assertThat(voided.player().value()).isEqualTo(player);
        assertThat(voided.round().value()).isEqualTo(round);
        if (call.equals("Cancel")) {
          assertThat(voided.session().value()).isEqualTo(body.get("sessionId"));
        }
      }
      case "SessionExpired" ->
          assertThat(
                  wallet
                      .read(s -> s.sessions().find(new SessionId((String) body.get("sessionId"))))
                      .orElseThrow()
                      .state())
              .isNotEqualTo(SessionState.ACTIVE);
      default -> {
        return; // Check and Balance read only.
      }
    }
    RequestRecord request = requestOf(KYREN, (String) body.get("uuid"));
    assertThat(request.requestId().value()).isEqualTo(body.get("uuid"));
  }

  private void luckyMonacoStored(String call, Map<String, String> body) {
    String player = body.getOrDefault("userid", body.get("userId"));
    String transaction = body.get("transaction.id");
    switch (call) {
      case "bet", "cancel" -> {
        BetKeyHolder bet =
            wallet.read(s -> s.bets().find(LUCKYMONACO, new BetKey(transaction))).orElseThrow();
        assertThat(bet.state()).isEqualTo(call.equals("bet") ? BetState.OPEN : BetState.VOIDED);
        assertThat(bet.key().value()).isEqualTo(transaction);
        assertThat(bet.round().value()).isEqualTo(transaction);
        assertThat(bet.player().value()).isEqualTo(player);
        assertThat(bet.session().value()).isEqualTo(body.get("sid"));
      }
      case "win" -> {
        Win win =
            wallet
                .read(s -> s.wins().find(LUCKYMONACO, new WinKey(body.get("uuid"))))
                .orElseThrow();
        assertThat(win.key().value()).isEqualTo(body.get("uuid"));
        assertThat(win.round().value()).isEqualTo(transaction);
        assertThat(win.player().value()).isEqualTo(player);
      }
      default -> {
        return; // check and balance read only.
      }
    }
    assertThat(requestOf(LUCKYMONACO, body.get("uuid")).requestId().value())
        .isEqualTo(body.get("uuid"));
  }

  // Nothing stored: no account, balance, bet, void or refusal changed, and none of the call's
  // other (fresh) ids found anywhere.

  private void nothingStored(
      Snapshot before,
      Integration integration,
      Map<String, ?> body,
      String requestField,
      String betField,
      String roundField) {
    assertThat(wallet.snapshot()).isEqualTo(before);
    valid(body.get(requestField), RequestId::new)
        .ifPresent(id -> assertThat(find(s -> s.requests().find(integration, id))).isEmpty());
    valid(body.get(betField), BetKey::new)
        .ifPresent(key -> assertThat(find(s -> s.bets().find(integration, key))).isEmpty());
    valid(body.get(betField), WinKey::new)
        .ifPresent(key -> assertThat(find(s -> s.wins().find(integration, key))).isEmpty());
    valid(body.get(requestField), WinKey::new)
        .ifPresent(key -> assertThat(find(s -> s.wins().find(integration, key))).isEmpty());
    valid(body.get(roundField), RoundId::new)
        .ifPresent(
            id -> assertThat(find(s -> s.bets().findRoundForUpdate(integration, id))).isEmpty());
    valid(body.get("sessionId"), SessionId::new)
        .flatMap(id -> wallet.read(s -> s.sessions().find(id)))
        .ifPresent(session -> assertThat(session.state()).isEqualTo(SessionState.ACTIVE));
  }

  // Twins: two strings at the same place, one call each.

  private void twins(int n, Twin twin, int where) {
    BigDecimal balance = balance(BASE_PLAYER);
    switch (where) {
      case 0 -> {
        String a = kyrenBet(n, "ua" + n, twin.first(), "ra" + n, twin.firstUnstorable());
        String b = kyrenBet(n, "ub" + n, twin.second(), "rb" + n, twin.secondUnstorable());
        bothOrOne(twin, a, b, balance, "-");
      }
      case 1 -> {
        String a = kyrenBet(n, twin.first(), "ka" + n, "ra" + n, twin.firstUnstorable());
        String b = kyrenBet(n, twin.second(), "kb" + n, "rb" + n, twin.secondUnstorable());
        bothOrOne(twin, a, b, balance, "-");
      }
      case 2 -> {
        String a = luckyMonacoBet(n, "la" + n, twin.first(), twin.firstUnstorable());
        String b = luckyMonacoBet(n, "lb" + n, twin.second(), twin.secondUnstorable());
        bothOrOne(twin, a, b, balance, "-");
      }
      default -> {
        String a = depositOnce(twin.first(), twin.firstUnstorable());
        String b = depositOnce(twin.second(), twin.secondUnstorable());
        bothOrOne(twin, a, b, balance, "+");
      }
    }
  }

  /** Both stored as two (two money movements), or the unstorable one refused. */
  private void bothOrOne(Twin twin, String a, String b, BigDecimal before, String sign) {
    if (twin.firstUnstorable() || twin.secondUnstorable()) {
      assertThat(a == null).isEqualTo(twin.firstUnstorable());
      assertThat(b == null).isEqualTo(twin.secondUnstorable());
      return;
    }
    assertThat(a).isNotNull().isNotEqualTo(b);
    BigDecimal moved = new BigDecimal(STAKE).multiply(BigDecimal.valueOf(2));
    assertThat(balance(BASE_PLAYER))
        .isEqualByComparingTo(sign.equals("-") ? before.subtract(moved) : before.add(moved));
  }

  /** A Kyren bet; its transaction id, or null when refused (then nothing is stored). */
  private String kyrenBet(int n, String uuid, String reference, String round, boolean unstorable) {
    Map<String, String> values = defaults(n);
    values.put("uuid", uuid);
    values.put("reference", reference);
    values.put("round", round);
    Map<String, Object> body = kyrenBody("Bet", values);
    Snapshot before = wallet.snapshot();
    JsonNode answer = wallet.kyren("Bet", body);
    if (unstorable) {
      assertThat(answer.get("error").intValue()).isEqualTo(KYREN_INVALID_PARAMETERS);
      nothingStored(before, KYREN, body, "uuid", "reference", "roundId");
      return null;
    }
    assertThat(answer.get("error").intValue()).as(answer.toString()).isEqualTo(KYREN_OK);
    kyrenStored("Bet", body, answer);
    return answer.get("transactionId").textValue();
  }

  /** A LuckyMonaco bet; its bet key, or null when refused (then nothing is stored). */
  private String luckyMonacoBet(int n, String uuid, String transaction, boolean unstorable) {
    Map<String, String> values = defaults(n);
    values.put("uuid", uuid);
    values.put("transaction", transaction);
    ObjectNode body = luckyMonacoBody("bet", values);
    Snapshot before = wallet.snapshot();
    Answer answer = wallet.luckyMonaco("bet", body);
    assertThat(answer.body().has("retransmission")).isFalse();
    if (unstorable) {
      assertThat(answer.text("status")).isEqualTo("INVALID_PARAMETER");
      nothingStored(before, LUCKYMONACO, flat(body), "uuid", "transaction.id", "transaction.id");
      return null;
    }
    assertThat(answer.text("status")).as(answer.body().toString()).isEqualTo("OK");
    luckyMonacoStored("bet", flat(body));
    return transaction;
  }

  /** A deposit by the operator API; its transaction id, or null when refused. */
  private String depositOnce(String reference, boolean unstorable) {
    Snapshot before = wallet.snapshot();
    Answer answer = wallet.operator("POST", depositPath(), deposit(reference));
    if (unstorable) {
      assertThat(answer.status()).isEqualTo(422);
      assertThat(wallet.snapshot()).isEqualTo(before);
      return null;
    }
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(find(s -> s.accounts().findByReference(reference)).orElseThrow().key())
        .isEqualTo(reference);
    return answer.text("transactionId");
  }

  // Bodies.

  private static Map<String, String> defaults(int n) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("uuid", "u" + n);
    values.put("player", BASE_PLAYER);
    values.put("session", BASE_SESSION);
    values.put("operatorSession", "os" + n);
    values.put("reference", "k" + n);
    values.put("round", "r" + n);
    values.put("transaction", "x" + n);
    return values;
  }

  private Map<String, Object> kyrenBody(String call, Map<String, String> values) {
    Map<String, String> wire = new LinkedHashMap<>();
    wire.put("uuid", values.get("uuid"));
    wire.put("userId", values.get("player"));
    wire.put("sessionId", values.get("session"));
    wire.put("gameId", "game-7");
    wire.put("gameName", "Game Seven");
    wire.put("roundId", values.get("round"));
    wire.put("reference", values.get("reference"));
    wire.put("providerId", "Kyren");
    wire.put("currency", USD);
    Map<String, Object> body = new LinkedHashMap<>();
    for (Target target : Target.all()) {
      if (target.protocol() == Target.Protocol.KYREN && target.call().equals(call)) {
        body.put(target.field(), wire.get(target.field()));
      }
    }
    if (call.equals("Bet") || call.equals("Result")) {
      body.put("amount", STAKE);
    }
    return body;
  }

  private ObjectNode luckyMonacoBody(String call, Map<String, String> values) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("uuid", values.get("uuid"));
    body.put("userid", values.get("player"));
    body.put("sid", values.get("session"));
    if (!call.equals("check") && !call.equals("cancel")) {
      body.put("currency", USD);
    }
    if (call.equals("win")) {
      body.put("bonus", "FS-" + values.get("uuid"));
    }
    if (call.equals("bet") || call.equals("win") || call.equals("cancel")) {
      ObjectNode transaction = body.putObject("transaction").put("id", values.get("transaction"));
      if (!call.equals("cancel")) {
        transaction.put("amount", STAKE);
      }
    }
    return body;
  }

  private static void set(ObjectNode body, String field, String text) {
    if (field.startsWith("transaction.")) {
      ((ObjectNode) body.get("transaction")).put(field.substring("transaction.".length()), text);
    } else {
      body.put(field, text);
    }
  }

  /** The body's string fields by name, the transaction's as {@code transaction.id}. */
  private static Map<String, String> flat(ObjectNode body) {
    Map<String, String> flat = new LinkedHashMap<>();
    body.fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isTextual()) {
                flat.put(e.getKey(), e.getValue().textValue());
              } else if (e.getValue().isObject()) {
                e.getValue()
                    .fields()
                    .forEachRemaining(
                        t -> flat.put(e.getKey() + "." + t.getKey(), t.getValue().asText()));
              }
            });
    return flat;
  }

  private static String depositPath() {
    return "/players/" + BASE_PLAYER + "/accounts/USD/deposits";
  }

  private static Map<String, String> deposit(String reference) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("amount", STAKE);
    body.put("reference", reference);
    return body;
  }

  // Set-up and reads through the platform's use cases and the storage port.

  private void player(String player, String balance) {
    PlayerId id = new PlayerId(player);
    assertThat(wallet.services().accounts().createAccount(new CreateAccountCommand(id, USD_CODE)))
        .isInstanceOf(Checked.Valid.class);
    assertThat(
            wallet
                .services()
                .accounts()
                .deposit(
                    new TransferCommand(
                        id,
                        USD_CODE,
                        new BigDecimal(balance),
                        "fund-" + texts.next(TextKind.PLAIN_ASCII)))
                .isSuccess())
        .isTrue();
    Account account = wallet.read(s -> s.accounts().find(id, USD_CODE)).orElseThrow();
    assertThat(account.player().value()).isEqualTo(player);
  }

  private void openSession(String player, String session) {
    Checked<Session> opened =
        wallet
            .services()
            .platformSessions()
            .openSession(
                new OpenSessionCommand(
                    new PlayerId(player), USD_CODE, Optional.of(new SessionId(session))));
    assertThat(opened).isInstanceOf(Checked.Valid.class);
    assertThat(((Checked.Valid<Session>) opened).value().id().value()).isEqualTo(session);
  }

  /** A look-up through the storage port, typed for the assertions. */
  private <T> Optional<T> find(Function<Stores, Optional<T>> lookup) {
    return wallet.read(lookup);
  }

  private BigDecimal balance(String player) {
    return wallet
        .read(s -> s.accounts().find(new PlayerId(player), USD_CODE))
        .orElseThrow()
        .balance();
  }

  private Round roundOf(Integration integration, String round) {
    return wallet
        .read(s -> s.bets().findRoundForUpdate(integration, new RoundId(round)))
        .orElseThrow();
  }

  private RequestRecord requestOf(Integration integration, String uuid) {
    return wallet.read(s -> s.requests().find(integration, new RequestId(uuid))).orElseThrow();
  }

  /** The value as the id type, when it makes one (bad input never does). */
  private static <T> Optional<T> valid(Object value, Function<String, T> type) {
    try {
      return value instanceof String text ? Optional.of(type.apply(text)) : Optional.empty();
    } catch (IllegalArgumentException unstorable) {
      return Optional.empty();
    }
  }

  /** Every byte of the text's UTF-8, percent-encoded; an unpaired surrogate as CESU-8 bytes. */
  private static String percentEncoded(String text) {
    StringBuilder encoded = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte[] bytes =
          Character.isSurrogate((char) cp)
              ? new byte[] {
                (byte) 0xED, (byte) (0x80 | (cp >> 6 & 0x3F)), (byte) (0x80 | (cp & 0x3F))
              }
              : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      for (byte b : bytes) {
        encoded.append(String.format("%%%02X", b & 0xFF));
      }
      i += Character.charCount(cp);
    }
    return encoded.toString();
  }

  /** The text for a failure message: printable ASCII as is, anything else escaped, cut short. */
  private static String shown(String text) {
    StringBuilder shown = new StringBuilder("\"");
    for (int i = 0; i < text.length() && i < 80; i++) {
      char c = text.charAt(i);
      shown.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return shown
        .append(text.length() > 80 ? "...\" (" + text.length() + " chars)" : "\"")
        .toString();
  }
}
