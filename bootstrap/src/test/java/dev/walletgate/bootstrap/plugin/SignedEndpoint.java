package dev.walletgate.bootstrap.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.protocol.WireCurrency;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Outcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signed protocol's endpoint: checks the signature, then maps each call to its use case. */
final class SignedEndpoint implements ProtocolEndpoint {
  private static final Integration SIGNED = new Integration(SignedProtocol.NAME);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String prefix;
  private final byte[] key;
  private final ProviderUseCases useCases;

  SignedEndpoint(String basePath, String key, ProviderUseCases useCases) {
    this.prefix = basePath + "/";
    this.key = key.getBytes(StandardCharsets.UTF_8);
    this.useCases = useCases;
  }

  /** The hex HMAC-SHA256 of a body under a key, as the provider sends it. */
  static String sign(String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean serves(String path) {
    return path != null && path.startsWith(prefix);
  }

  @Override
  public Reply handle(Exchange exchange) {
    String given = exchange.header("X-Signature").orElse("");
    String expected = sign(new String(key, StandardCharsets.UTF_8), exchange.body());
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      return answer(401, "BAD_SIGNATURE", Optional.empty());
    }
    try {
      JsonNode body = JSON.readTree(exchange.body());
      CallbackResult result =
          switch (exchange.path().substring(prefix.length())) {
            case "bet" ->
                WireCurrency.recorded(
                    body.path("currency").asText(),
                    code -> useCases.placeBet().placeBet(bet(body, code)));
            case "win" ->
                WireCurrency.recorded(
                    body.path("currency").asText(),
                    code -> useCases.settleWin().settleWin(win(body, code)));
            case "cancel" -> useCases.cancelBet().cancelBet(cancel(body));
            default -> null;
          };
      if (result == null) {
        return Reply.empty(404);
      }
      Outcome outcome = result.outcome();
      String status = outcome instanceof Outcome.Refused refused ? refused.refusal().name() : "OK";
      return answer(200, status, outcome.balance().map(b -> b.display()));
    } catch (IOException | RuntimeException invalid) {
      if (invalid instanceof StorageException) {
        return answer(503, "RETRY", Optional.empty());
      }
      return answer(400, "INVALID", Optional.empty());
    }
  }

  private static PlaceBetCommand bet(JsonNode body, CurrencyCode currency) {
    return new PlaceBetCommand(
        SIGNED,
        new RequestId(body.path("requestId").asText()),
        new PlayerId(body.path("player").asText()),
        new SessionId(body.path("session").asText()),
        new RoundId(body.path("round").asText()),
        new BetKey(body.path("key").asText()),
        new BigDecimal(body.path("amount").asText()),
        currency);
  }

  private static SettleWinCommand win(JsonNode body, CurrencyCode currency) {
    return new SettleWinCommand(
        SIGNED,
        new RequestId(body.path("requestId").asText()),
        new PlayerId(body.path("player").asText()),
        Optional.of(new SessionId(body.path("session").asText())),
        new RoundId(body.path("round").asText()),
        new WinKey(body.path("key").asText()),
        new BigDecimal(body.path("amount").asText()),
        currency,
        true,
        false,
        Optional.empty());
  }

  private static CancelBetCommand cancel(JsonNode body) {
    return new CancelBetCommand(
        SIGNED,
        new RequestId(body.path("requestId").asText()),
        new PlayerId(body.path("player").asText()),
        Optional.empty(),
        Optional.empty(),
        new BetKey(body.path("key").asText()),
        Optional.empty());
  }

  private static Reply answer(int status, String code, Optional<String> balance) {
    ObjectNode body = JSON.createObjectNode().put("status", code);
    balance.ifPresent(b -> body.put("balance", b));
    return new Reply(status, Reply.JSON, body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
