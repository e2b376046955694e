package dev.walletgate.bootstrap.reliability;

import java.util.List;

/** The secrets the simulated providers and the platform use, and the flags that configure them. */
record ServiceSecrets(String kyrenBasePath, String luckyMonacoToken, String operatorKey) {
  static final ServiceSecrets DEFAULT =
      new ServiceSecrets(
          "/kyren/rel-7f3a9c2e51d04b88a6e1c0f49b2d7e35/v1",
          "rel-token-6b1d0e8f2a4c4e7b9d3f5a1c8e2b4d60",
          "rel-operator-key-0c9e1b7d");

  List<String> flags() {
    return List.of(
        "--kyren-base-path", kyrenBasePath,
        "--luckymonaco-token", luckyMonacoToken,
        "--operator-key", operatorKey);
  }
}
