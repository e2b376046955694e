package dev.walletgate.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The harness itself: the same seed draws the same inputs, and a failure names its try. */
class TriesTest {

  @Test
  void everyTryRuns_andTheSameBaseSeedDrawsTheSameInputs() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    Tries.run(200, g -> first.add(g.between(0, 1_000_000)));
    Tries.run(200, g -> second.add(g.between(0, 1_000_000)));

    assertThat(first).hasSize(200).isEqualTo(second);
  }

  @Test
  void propertiesWithTheSameGenerators_drawDifferentInputs() {
    assertThat(drawnByOneProperty()).isNotEqualTo(drawnByAnotherProperty());
  }

  @Test
  void eachTryHasASeedOfItsOwn() {
    Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seeds.add(Tries.seedOf(7, i));
    }

    assertThat(seeds).hasSize(10_000);
    assertThat(Tries.seedOf(7, 3)).isEqualTo(Tries.seedOf(7, 3)).isNotEqualTo(Tries.seedOf(8, 3));
  }

  @Test
  void aFailingTry_namesItsIndexItsInputsAndTheSeedThatReplaysIt() {
    int[] runs = {0};

    assertThatThrownBy(
            () ->
                Tries.run(
                    100,
                    g -> {
                      runs[0]++;
                      assertThat(g.input(runs[0])).isLessThan(5);
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("try 4 of 100 failed on the inputs [5] (base seed ")
        .hasMessageContaining("-D" + Tries.SEED_PROPERTY + "=")
        .hasCauseInstanceOf(AssertionError.class);
    assertThat(runs[0]).isEqualTo(5);
  }

  @Test
  void rangesStayInBounds_andTheirEdgesAreDrawn() {
    Set<Integer> ints = new HashSet<>();
    Set<BigDecimal> decimals = new HashSet<>();
    Tries.run(
        2000,
        g -> {
          ints.add(g.between(-500, 500));
          decimals.add(g.between(BigDecimal.ZERO, new BigDecimal("1000"), 2));
          BigInteger huge = g.between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40));
          assertThat(huge.abs()).isLessThanOrEqualTo(BigInteger.TEN.pow(40));
        });

    assertThat(ints).allMatch(i -> i >= -500 && i <= 500).contains(-500, -1, 0, 1, 500);
    assertThat(decimals)
        .allMatch(d -> d.scale() == 2 && d.signum() >= 0 && d.compareTo(new BigDecimal(1000)) <= 0)
        .contains(new BigDecimal("0.00"), new BigDecimal("0.01"), new BigDecimal("1000.00"));
  }

  @Test
  void weightedPicksFollowTheirWeights() {
    int[] counts = new int[3];
    Tries.run(3000, g -> counts[g.weighted(8, 3, 1)]++);

    assertThat(counts[0]).isBetween(1800, 2200);
    assertThat(counts[1]).isBetween(600, 900);
    assertThat(counts[2]).isBetween(150, 350);
  }

  private static List<Integer> drawnByOneProperty() {
    List<Integer> drawn = new ArrayList<>();
    Tries.run(50, g -> drawn.add(g.between(0, 1_000_000)));
    return drawn;
  }

  private static List<Integer> drawnByAnotherProperty() {
    List<Integer> drawn = new ArrayList<>();
    Tries.run(50, g -> drawn.add(g.between(0, 1_000_000)));
    return drawn;
  }
}
