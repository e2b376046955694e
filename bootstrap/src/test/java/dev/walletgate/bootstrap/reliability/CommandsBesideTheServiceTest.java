package dev.walletgate.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.Persistence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as second processes beside a running service on its H2 file (AUTO_SERVER): the
 * read-only ones work, purge, which writes, is refused (it would not take the service's turns).
 */
class CommandsBesideTheServiceTest {
  @TempDir Path dataDir;

  @Test
  void F1_besideARunningService_verifyLedgerWorks_andPurgeIsRefusedWithTheReason()
      throws Exception {
    TestStorage storage = TestStorage.h2File(dataDir, Persistence.JDBI);
    List<String> flags = storage.flags(dataDir, ServiceSecrets.DEFAULT, 4);
    try (ServiceProcess service = new ServiceProcess(flags, dataDir.resolve("service.log"))) {
      service.start();

      Result verify = command("verify-ledger", flags);
      assertThat(verify.exit).as(verify.output).isZero();
      assertThat(verify.output).contains("L1 holds");

      Result purge = command("purge", flags);
      assertThat(purge.exit).as(purge.output).isEqualTo(1);
      assertThat(purge.output)
          .contains("purge: a running service owns this H2 file; stop it first");
    }
    Result alone = command("purge", flags);
    assertThat(alone.exit).as(alone.output).isZero();
    assertThat(alone.output).contains("purged 0 request records");
  }

  private Result command(String name, List<String> flags) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add("dev.walletgate.bootstrap.Main");
    command.add(name);
    command.addAll(flags);
    Path output = Files.createTempFile(dataDir, name, ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  private record Result(int exit, String output) {}
}
