package dev.walletgate.adapter.http.kyren;

import dev.walletgate.domain.model.SessionId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies of the eight calls with every field the spec lists, for the default player and
 * currency; the maps are mutable so a test can drop or replace a field.
 */
final class KyrenBodies {
  static final String PROVIDER = "Kyren";
  static final String GAME_ID = "6_speed_baccarat1";
  static final String GAME_NAME = "SPEED BACCARAT1";

  private KyrenBodies() {}

  static Map<String, Object> check(String uuid, SessionId session) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("providerId", PROVIDER);
    body.put("userId", KyrenHarness.PLAYER);
    body.put("currency", KyrenHarness.USD);
    body.put("sessionId", session.value());
    body.put("uuid", uuid);
    return body;
  }

  static Map<String, Object> balance(String uuid, SessionId session) {
    return check(uuid, session);
  }

  static Map<String, Object> bet(
      String uuid, SessionId session, String round, String reference, Object amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("uuid", uuid);
    body.put("userId", KyrenHarness.PLAYER);
    body.put("gameId", GAME_ID);
    body.put("gameName", GAME_NAME);
    body.put("roundId", round);
    body.put("amount", amount);
    body.put("reference", reference);
    body.put("sessionId", session.value());
    body.put("providerId", PROVIDER);
    body.put("currency", KyrenHarness.USD);
    body.put("timestamp", "2026-01-01 00:00:00.000");
    body.put("roundDetails", Map.of("table", "7"));
    return body;
  }

  static Map<String, Object> result(String uuid, String round, String reference, Object amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("uuid", uuid);
    body.put("userId", KyrenHarness.PLAYER);
    body.put("gameId", GAME_ID);
    body.put("gameName", GAME_NAME);
    body.put("roundId", round);
    body.put("amount", amount);
    body.put("reference", reference);
    body.put("currency", KyrenHarness.USD);
    body.put("providerId", PROVIDER);
    body.put("timestamp", "2026-01-01 00:00:01.000");
    return body;
  }

  static Map<String, Object> endRound(String uuid, String round) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("uuid", uuid);
    body.put("userId", KyrenHarness.PLAYER);
    body.put("gameId", GAME_ID);
    body.put("roundId", round);
    body.put("providerId", PROVIDER);
    body.put("currency", KyrenHarness.USD);
    body.put("win", "0.00");
    return body;
  }

  static Map<String, Object> sessionExpired(String uuid, SessionId session) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("providerId", PROVIDER);
    body.put("sessionId", session.value());
    body.put("userId", KyrenHarness.PLAYER);
    body.put("uuid", uuid);
    return body;
  }

  /** The seed's Cancel with its field order. */
  static Map<String, Object> cancel(
      String uuid, SessionId session, String round, String reference) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("providerId", PROVIDER);
    body.put("userId", KyrenHarness.PLAYER);
    body.put("currency", KyrenHarness.USD);
    body.put("gameId", GAME_ID);
    body.put("gameName", GAME_NAME);
    body.put("reference", reference);
    body.put("sessionId", session.value());
    body.put("roundId", round);
    body.put("uuid", uuid);
    return body;
  }

  static Map<String, Object> refund(String uuid, String round, String reference) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", KyrenHarness.PLAYER);
    body.put("providerId", PROVIDER);
    body.put("gameName", GAME_NAME);
    body.put("currency", KyrenHarness.USD);
    body.put("roundId", round);
    body.put("reference", reference);
    body.put("gameId", GAME_ID);
    body.put("uuid", uuid);
    return body;
  }
}
