package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.protocol.ProtocolConfig;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.ProtocolSetting;
import dev.walletgate.application.protocol.ProviderProtocol;
import dev.walletgate.application.testing.TestWallet;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Kyren as a plug-in: found on the class path, never served without its secret path. */
class KyrenProtocolTest {
  private final TestWallet wallet = TestWallet.inMemory();

  @Test
  void itIsRegisteredAsAProviderProtocol_withItsSecretDeclared() {
    assertThat(ServiceLoader.load(ProviderProtocol.class).stream().map(p -> p.get().name()))
        .contains("kyren");
    assertThat(new KyrenProtocol().settings())
        .filteredOn(ProtocolSetting::secret)
        .extracting(ProtocolSetting::name)
        .containsExactly("base.path");
    assertThat(new KyrenProtocol().settings().get(0).developmentValue().get())
        .matches("/kyren/[0-9a-f]{32}/v1");
  }

  @Test
  void givenNoBasePath_noEndpointIsBuilt_andTheErrorNamesTheSetting() {
    assertThatThrownBy(
            () ->
                new KyrenProtocol()
                    .endpoint(
                        ProtocolConfig.of("kyren", Map.of()),
                        wallet.services().providerUseCases(),
                        CallObserver.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kyren.base.path");
  }

  @Test
  void givenItsPath_itServesOnlyPathsUnderIt() {
    ProtocolEndpoint endpoint =
        new KyrenProtocol()
            .endpoint(
                ProtocolConfig.of(
                    "kyren", Map.of("base.path", "/kyren/3f9c/v1", "allowed.addresses", " ")),
                wallet.services().providerUseCases(),
                CallObserver.NONE);

    assertThat(endpoint.serves("/kyren/3f9c/v1/Bet")).isTrue();
    assertThat(endpoint.serves("/kyren/v1/Bet")).isFalse();
    assertThat(endpoint.serves("/kyren/3f9c/v1")).isFalse();
    assertThat(endpoint.serves("/kyren/3f9d/v1/Bet")).isFalse();
    assertThat(endpoint.serves(null)).isFalse();
  }
}
