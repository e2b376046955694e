package dev.walletgate.bootstrap.front;

import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The real service with known secrets and short deadlines, and a funded player in session. */
final class RunningService {
  static final String KYREN = "/kyren/front-secret-77d1/v1";
  static final String TOKEN = "front-token-5a0c";
  static final String OPERATOR_KEY = "front-operator-key-19e2";
  static final String PLAYER = "123456";
  static final String SESSION = "session-1";

  private RunningService() {}

  static WalletgateService start(Path dataDir, String dbUrl, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--port", "0",
                "--data-dir", dataDir.toString(),
                "--db-url", dbUrl,
                "--read-timeout", "PT2S",
                "--kyren-base-path", KYREN,
                "--luckymonaco-token", TOKEN,
                "--operator-key", OPERATOR_KEY));
    args.addAll(List.of(extra));
    WalletgateService service =
        WalletgateService.start(
            ServiceConfig.from(ConfigSources.read(args.toArray(String[]::new), Map.of())));
    WalletServices wallet = service.walletgate().services();
    PlayerId player = new PlayerId(PLAYER);
    if (wallet.queries().getAccount(player, new CurrencyCode("USD")).isEmpty()) {
      wallet.accounts().createAccount(new CreateAccountCommand(player, new CurrencyCode("USD")));
      wallet
          .accounts()
          .deposit(
              new TransferCommand(
                  player, new CurrencyCode("USD"), new BigDecimal("100000.00"), "dep-1"));
      wallet
          .platformSessions()
          .openSession(
              new OpenSessionCommand(
                  player, new CurrencyCode("USD"), Optional.of(new SessionId(SESSION))));
    }
    return service;
  }

  static String balance(String uuid) {
    return "{\"uuid\":\""
        + uuid
        + "\",\"userId\":\""
        + PLAYER
        + "\",\"sessionId\":\""
        + SESSION
        + "\",\"providerId\":\"Kyren\",\"currency\":\"USD\"}";
  }

  static String bet(String uuid, String reference) {
    return "{\"uuid\":\""
        + uuid
        + "\",\"userId\":\""
        + PLAYER
        + "\",\"gameId\":\"g\",\"gameName\":\"G\",\"roundId\":\"r-"
        + reference
        + "\",\"amount\":\"1.00\",\"reference\":\""
        + reference
        + "\",\"sessionId\":\""
        + SESSION
        + "\",\"providerId\":\"Kyren\",\"currency\":\"USD\"}";
  }
}
