package dev.walletgate.application.protocol;

import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import java.util.List;

/**
 * A provider protocol as a plug-in: its name, the settings it declares, and how its endpoint is
 * built over the provider use cases. A host finds the implementations with {@link
 * java.util.ServiceLoader} ({@code META-INF/services/dev.walletgate.application.protocol
 * .ProviderProtocol}) and serves each whose secrets are configured.
 */
public interface ProviderProtocol {
  /** The protocol's name: lower-case letters and digits; the prefix of its settings. */
  String name();

  /** The settings it reads from {@link ProtocolConfig}, secrets flagged. */
  List<ProtocolSetting> settings();

  /**
   * Builds the endpoint.
   *
   * @throws IllegalArgumentException naming the setting, when one is missing or invalid
   */
  ProtocolEndpoint endpoint(
      ProtocolConfig config, ProviderUseCases useCases, CallObserver observer);
}
