package dev.walletgate.adapter.http.luckymonaco;

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

/** LuckyMonaco as a plug-in: found on the class path, never served without its token. */
class LuckyMonacoProtocolTest {
  private final TestWallet wallet = TestWallet.inMemory();

  @Test
  void itIsRegisteredAsAProviderProtocol_withItsTokenDeclaredSecret() {
    assertThat(ServiceLoader.load(ProviderProtocol.class).stream().map(p -> p.get().name()))
        .contains("luckymonaco");
    assertThat(new LuckyMonacoProtocol().settings())
        .filteredOn(ProtocolSetting::secret)
        .extracting(ProtocolSetting::name)
        .containsExactly("token");
  }

  @Test
  void givenNoToken_noEndpointIsBuilt_andTheErrorNamesTheSetting() {
    assertThatThrownBy(
            () ->
                new LuckyMonacoProtocol()
                    .endpoint(
                        ProtocolConfig.of("luckymonaco", Map.of("token", "  ")),
                        wallet.services().providerUseCases(),
                        CallObserver.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("luckymonaco.token");
  }

  @Test
  void givenItsToken_itServesThePathsUnderItsBasePath() {
    ProtocolEndpoint endpoint =
        new LuckyMonacoProtocol()
            .endpoint(
                ProtocolConfig.of("luckymonaco", Map.of("token", "t", "base.path", "/wallet/lm")),
                wallet.services().providerUseCases(),
                CallObserver.NONE);

    assertThat(endpoint.serves("/wallet/lm/bet")).isTrue();
    assertThat(endpoint.serves("/luckymonaco/bet")).isFalse();
  }
}
