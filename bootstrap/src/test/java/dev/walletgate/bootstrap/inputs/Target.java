package dev.walletgate.bootstrap.inputs;

import java.util.ArrayList;
import java.util.List;

/**
 * One string field of one call: where the property puts a generated string.
 *
 * @param optional whether a blank value reads as absent (and the call then succeeds)
 */
record Target(Protocol protocol, String call, String field, boolean optional) {
  /** The three HTTP faces of the service. */
  enum Protocol {
    KYREN,
    LUCKYMONACO,
    OPERATOR
  }

  boolean isPlayer() {
    return field.equals("userId") || field.equals("userid") || field.equals("playerId");
  }

  /** A session the call needs to be active (S1) or names as its own. */
  boolean isSession() {
    return field.equals("sessionId") || field.equals("sid");
  }

  boolean isCurrency() {
    return field.equals("currency");
  }

  @Override
  public String toString() {
    return protocol + " " + call + "." + field;
  }

  /** Every string field that every call reads. */
  static List<Target> all() {
    List<Target> all = new ArrayList<>();
    List<String> session = List.of("providerId", "userId", "currency", "sessionId", "uuid");
    kyren(all, "Check", session);
    kyren(all, "Balance", session);
    kyren(
        all,
        "Bet",
        List.of(
            "uuid",
            "userId",
            "gameId",
            "gameName",
            "roundId",
            "reference",
            "sessionId",
            "providerId",
            "currency"));
    kyren(
        all,
        "Result",
        List.of(
            "uuid",
            "userId",
            "gameId",
            "gameName",
            "roundId",
            "reference",
            "currency",
            "providerId"));
    all.add(new Target(Protocol.KYREN, "Result", "sessionId", true));
    kyren(
        all, "EndRound", List.of("uuid", "userId", "gameId", "roundId", "providerId", "currency"));
    all.add(new Target(Protocol.KYREN, "EndRound", "sessionId", true));
    kyren(all, "SessionExpired", List.of("providerId", "sessionId", "userId", "uuid"));
    kyren(
        all,
        "Cancel",
        List.of(
            "userId",
            "sessionId",
            "providerId",
            "gameName",
            "currency",
            "reference",
            "roundId",
            "gameId",
            "uuid"));
    kyren(
        all,
        "Refund",
        List.of(
            "userId",
            "providerId",
            "gameName",
            "currency",
            "roundId",
            "reference",
            "gameId",
            "uuid"));
    luckyMonaco(all, "check", List.of("uuid", "userid", "userId", "sid"));
    luckyMonaco(all, "balance", List.of("uuid", "userid", "userId", "sid", "currency"));
    luckyMonaco(all, "bet", List.of("uuid", "userid", "sid", "currency", "transaction.id"));
    luckyMonaco(all, "win", List.of("uuid", "userid", "currency", "transaction.id"));
    all.add(new Target(Protocol.LUCKYMONACO, "win", "sid", true));
    all.add(new Target(Protocol.LUCKYMONACO, "win", "bonus", true));
    luckyMonaco(all, "cancel", List.of("uuid", "userid", "sid", "transaction.id"));
    all.add(new Target(Protocol.OPERATOR, "deposit", "reference", false));
    all.add(new Target(Protocol.OPERATOR, "openSession", "playerId", false));
    all.add(new Target(Protocol.OPERATOR, "openSession", "sessionId", false));
    all.add(new Target(Protocol.OPERATOR, "openSession", "currency", false));
    all.add(new Target(Protocol.OPERATOR, "createAccount", "playerId", false));
    return List.copyOf(all);
  }

  private static void kyren(List<Target> all, String call, List<String> fields) {
    fields.forEach(f -> all.add(new Target(Protocol.KYREN, call, f, false)));
  }

  private static void luckyMonaco(List<Target> all, String call, List<String> fields) {
    fields.forEach(f -> all.add(new Target(Protocol.LUCKYMONACO, call, f, false)));
  }
}
