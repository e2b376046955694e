package dev.walletgate.bootstrap.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The secrets of development mode: generated at random on the first start and kept in the data
 * folder, so that a restart keeps the same Kyren base path, LuckyMonaco token and operator key.
 */
public record DevSecrets(String kyrenBasePath, String luckyMonacoToken, String operatorKey) {
  static final String FILE = "dev-secrets.properties";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Reads the data folder's secrets, or creates and stores new ones. */
  public static DevSecrets loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(reader);
        }
        return new DevSecrets(
            required(p, "kyren.base.path", file),
            required(p, "luckymonaco.token", file),
            required(p, "operator.key", file));
      }
      DevSecrets fresh =
          new DevSecrets("/kyren/" + randomHex(16) + "/v1", randomHex(24), randomHex(24));
      Files.createDirectories(dataDir);
      Properties p = new Properties();
      p.setProperty("kyren.base.path", fresh.kyrenBasePath());
      p.setProperty("luckymonaco.token", fresh.luckyMonacoToken());
      p.setProperty("operator.key", fresh.operatorKey());
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        p.store(writer, "Walletgate development-mode secrets; configure your own in production");
      }
      return fresh;
    } catch (IOException e) {
      throw new ConfigException("cannot read or write " + file + ": " + e.getMessage());
    }
  }

  private static String required(Properties p, String name, Path file) {
    String value = p.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new ConfigException(file + " lacks " + name + "; delete the file to regenerate it");
    }
    return value;
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  @Override
  public String toString() {
    return "DevSecrets[redacted]";
  }
}
