package dev.walletgate.bootstrap.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The secrets of development mode: generated at random on the first start and kept in the data
 * folder (readable by its owner only), so that a restart keeps the same secrets. A protocol added
 * later gets its secrets generated and appended on the next start.
 */
public final class DevSecrets {
  static final String FILE = "dev-secrets.properties";

  private DevSecrets() {}

  /**
   * The value of each named secret: the one kept in the data folder, or a new one from its
   * generator, stored before it is returned.
   */
  public static Map<String, String> loadOrCreate(
      Path dataDir, Map<String, Supplier<String>> generators) {
    Path file = dataDir.resolve(FILE);
    try {
      Properties kept = new Properties();
      if (Files.exists(file)) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          kept.load(reader);
        }
      }
      Map<String, String> secrets = new LinkedHashMap<>();
      boolean added = false;
      for (Map.Entry<String, Supplier<String>> generator : generators.entrySet()) {
        String value = kept.getProperty(generator.getKey());
        if (value == null || value.isBlank()) {
          value = generator.getValue().get();
          kept.setProperty(generator.getKey(), value);
          added = true;
        }
        secrets.put(generator.getKey(), value);
      }
      if (added) {
        store(dataDir, file, kept);
      }
      return secrets;
    } catch (IOException e) {
      throw new ConfigException("cannot read or write " + file + ": " + e.getMessage());
    }
  }

  private static void store(Path dataDir, Path file, Properties secrets) throws IOException {
    Files.createDirectories(dataDir);
    if (!Files.exists(file)
        && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Properties sorted = new Properties();
    new TreeMap<>(secrets).forEach(sorted::put);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      sorted.store(writer, "Walletgate development-mode secrets; configure your own in production");
    }
  }
}
