package dev.walletgate.adapter.http.luckymonaco;

import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.protocol.ProtocolConfig;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.ProtocolSetting;
import dev.walletgate.application.protocol.ProviderProtocol;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** LuckyMonaco as a protocol plug-in: its settings, and its endpoint built from them. */
public final class LuckyMonacoProtocol implements ProviderProtocol {
  public static final String NAME = "luckymonaco";
  public static final String BASE_PATH = "base.path";
  public static final String TOKEN = "token";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ProtocolSetting> settings() {
    return List.of(
        ProtocolSetting.plain(
            BASE_PATH, "LuckyMonaco's base path", LuckyMonacoConfig.DEFAULT_BASE_PATH),
        ProtocolSetting.secret(TOKEN, "LuckyMonaco's authToken", LuckyMonacoProtocol::randomToken));
  }

  @Override
  public ProtocolEndpoint endpoint(
      ProtocolConfig config, ProviderUseCases useCases, CallObserver observer) {
    LuckyMonacoConfig luckyMonaco =
        LuckyMonacoConfig.token(config.require(TOKEN))
            .withBasePath(config.get(BASE_PATH).orElse(LuckyMonacoConfig.DEFAULT_BASE_PATH))
            .withMaxBodyBytes(config.maxBodyBytes());
    return new LuckyMonacoWalletHandler(luckyMonaco, useCases, observer);
  }

  private static String randomToken() {
    byte[] token = new byte[24];
    RANDOM.nextBytes(token);
    return HexFormat.of().formatHex(token);
  }
}
