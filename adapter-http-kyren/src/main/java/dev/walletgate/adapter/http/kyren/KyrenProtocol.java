package dev.walletgate.adapter.http.kyren;

import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.protocol.ProtocolConfig;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.ProtocolSetting;
import dev.walletgate.application.protocol.ProviderProtocol;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Kyren as a protocol plug-in: its settings, and its endpoint built from them. */
public final class KyrenProtocol implements ProviderProtocol {
  public static final String NAME = "kyren";
  public static final String BASE_PATH = "base.path";
  public static final String ALLOWED_ADDRESSES = "allowed.addresses";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ProtocolSetting> settings() {
    return List.of(
        ProtocolSetting.secret(
            BASE_PATH,
            "Kyren's secret base path, e.g. /kyren/3f9c.../v1",
            KyrenProtocol::randomBasePath),
        ProtocolSetting.plain(
            ALLOWED_ADDRESSES,
            "comma-separated source addresses Kyren may call from (empty: any)",
            ""));
  }

  @Override
  public ProtocolEndpoint endpoint(
      ProtocolConfig config, ProviderUseCases useCases, CallObserver observer) {
    KyrenConfig kyren =
        KyrenConfig.basePath(config.require(BASE_PATH))
            .withAllowedAddresses(
                Arrays.stream(config.get(ALLOWED_ADDRESSES).orElse("").split(","))
                    .map(String::trim)
                    .filter(address -> !address.isEmpty())
                    .collect(Collectors.toSet()))
            .withMaxBodyBytes(config.maxBodyBytes());
    return new KyrenWalletHandler(kyren, useCases, observer);
  }

  private static String randomBasePath() {
    byte[] secret = new byte[16];
    RANDOM.nextBytes(secret);
    return "/kyren/" + HexFormat.of().formatHex(secret) + "/v1";
  }
}
