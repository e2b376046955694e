package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The start-up warm-up runs to its end and leaves none of its server's threads running. */
class PreinitializerTest {
  @Test
  void warmUp_completes_andStopsTheServerItStarted() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    assertThat(Preinitializer.warmUp()).isTrue();

    Set<String> left =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> !before.contains(t) && t.isAlive())
            .map(Thread::getName)
            .filter(name -> name.startsWith("walletgate-preinitializer"))
            .collect(Collectors.toSet());
    assertThat(left).isEmpty();
  }
}
