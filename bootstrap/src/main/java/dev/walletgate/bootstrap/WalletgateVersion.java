package dev.walletgate.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** This build's version, as {@code --version} and the start banner show it. */
final class WalletgateVersion implements IVersionProvider {
  // Written by the build from the pom (resource filtering), for a class path without the jar.
  private static final String VERSION_RESOURCE = "version.properties";

  /**
   * The jar manifest's {@code Implementation-Version}, or, on a class path of plain directories
   * (tests, an IDE), the version the build wrote beside this class.
   */
  static String current() {
    String fromManifest = WalletgateVersion.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return fromManifest;
    }
    try (InputStream in = WalletgateVersion.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String fromBuild = properties.getProperty("version", "").trim();
        if (!fromBuild.isEmpty() && !fromBuild.startsWith("${")) {
          return fromBuild;
        }
      }
    } catch (IOException e) {
      // answered below: a version is never a reason to fail
    }
    return "unknown";
  }

  /** The line every command prints for {@code --version}. */
  static String line() {
    return "walletgate " + current();
  }

  @Override
  public String[] getVersion() {
    return new String[] {line()};
  }
}
