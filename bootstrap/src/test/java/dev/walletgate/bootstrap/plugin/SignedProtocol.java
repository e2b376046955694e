package dev.walletgate.bootstrap.plugin;

import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.protocol.ProtocolConfig;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.ProtocolSetting;
import dev.walletgate.application.protocol.ProviderProtocol;
import java.util.List;
import java.util.UUID;

/**
 * A minimal third provider protocol that lives only in test sources: bet, win and cancel as JSON,
 * each signed with an HMAC-SHA256 of its body in the {@code X-Signature} header. It is registered
 * through {@code META-INF/services}, as a protocol module of its own would be.
 */
public final class SignedProtocol implements ProviderProtocol {
  static final String NAME = "signed";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ProtocolSetting> settings() {
    return List.of(
        ProtocolSetting.plain("base.path", "the signed protocol's base path", "/signed"),
        ProtocolSetting.secret(
            "key", "the HMAC key the provider signs with", () -> UUID.randomUUID().toString()));
  }

  @Override
  public ProtocolEndpoint endpoint(
      ProtocolConfig config, ProviderUseCases useCases, CallObserver observer) {
    return new SignedEndpoint(
        config.get("base.path").orElse("/signed"), config.require("key"), useCases);
  }
}
