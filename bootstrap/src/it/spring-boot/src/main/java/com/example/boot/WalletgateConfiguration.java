package com.example.boot;

import dev.walletgate.adapter.http.kyren.KyrenConfig;
import dev.walletgate.adapter.http.kyren.KyrenWalletHandler;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoConfig;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoWalletHandler;
import dev.walletgate.adapter.persistence.jpa.JpaPersistence;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Walletgate on Boot's DataSource: the JPA adapter, the composition, and the two endpoints. */
@Configuration(proxyBeanMethods = false)
public class WalletgateConfiguration {
  // README-BEGIN spring
  @Bean
  JpaPersistence walletgateStorage(DataSource dataSource) {
    return new JpaPersistence(dataSource);
  }

  @Bean
  Walletgate walletgate(JpaPersistence storage) {
    return Walletgate.builder(storage).build(); // migrates Walletgate's own tables
  }

  @Bean
  KyrenWalletHandler kyren(
      Walletgate walletgate, @Value("${walletgate.kyren.base-path}") String basePath) {
    return new KyrenWalletHandler(KyrenConfig.basePath(basePath), walletgate.providerUseCases());
  }

  @Bean
  LuckyMonacoWalletHandler luckyMonaco(
      Walletgate walletgate, @Value("${walletgate.luckymonaco.token}") String token) {
    return new LuckyMonacoWalletHandler(
        LuckyMonacoConfig.token(token), walletgate.providerUseCases());
  }

  @Bean
  ProtocolFilter protocolFilter(List<ProtocolEndpoint> endpoints) {
    return new ProtocolFilter(endpoints); // a servlet filter: Boot's own server serves them
  }
  // README-END
}
