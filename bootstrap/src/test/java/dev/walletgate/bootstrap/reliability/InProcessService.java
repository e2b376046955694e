package dev.walletgate.bootstrap.reliability;

import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts {@link WalletgateService} instances in this JVM on one test database. */
final class InProcessService {
  private InProcessService() {}

  static WalletgateService start(TestStorage storage, Path dataDir, int poolSize) throws Exception {
    List<String> flags = new ArrayList<>(storage.flags(dataDir, ServiceSecrets.DEFAULT, poolSize));
    flags.addAll(List.of("--port", "0"));
    return WalletgateService.start(
        ServiceConfig.from(ConfigSources.read(flags.toArray(String[]::new), Map.of())));
  }

  static List<URI> uris(List<WalletgateService> services) {
    return services.stream().map(WalletgateService::baseUri).toList();
  }
}
